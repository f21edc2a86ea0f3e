using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace WeComGen.Redis;

/// <summary>
/// The one Redis connection the companion's parts share, and whether to use it now. A connection that cannot be
/// made at start, a command that fails or outlasts <see cref="WeComRedisOptions.OperationTimeout"/>: the parts go
/// on in-process, the outage is logged once, and Redis is asked again after <see cref="WeComRedisOptions.RetryAfterFailure"/>.
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan MinConnectTimeout = TimeSpan.FromSeconds(1);

    private readonly Task<IConnectionMultiplexer?> _connecting;
    private readonly bool _owned;
    private readonly TimeSpan _operationTimeout;
    private readonly TimeSpan _connectTimeout;
    private readonly TimeSpan _retryAfterFailure;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private long _skipUntilTicks;

    // Even while Redis is used, odd while it is away; one more at each change. A command's outcome changes it only
    // from the value it saw when it started: a late answer to a command sent before an outage does not end it, and
    // a late failure of one sent before the return does not start another, so each outage is logged once.
    private long _state;

    public RedisConnection(WeComRedisOptions options, TimeProvider time, ILogger<RedisConnection>? logger)
    {
        _operationTimeout = options.OperationTimeout;
        _connectTimeout = options.OperationTimeout * 4 > MinConnectTimeout ? options.OperationTimeout * 4 : MinConnectTimeout;
        _retryAfterFailure = options.RetryAfterFailure;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _owned = options.Connection is null;
        _connecting = options.Connection is { } given ? Task.FromResult<IConnectionMultiplexer?>(given) : ConnectAsync(options.ConnectionString!);
        Keys = new RedisKeys(options.KeyPrefix);
    }

    public RedisKeys Keys { get; }

    /// <summary>Runs one command against Redis within the operation timeout and <paramref name="cancellationToken"/>.</summary>
    /// <exception cref="RedisUnavailableException">Redis is away, failed or was too slow.</exception>
    public async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> command, CancellationToken cancellationToken)
    {
        var seen = Volatile.Read(ref _state);
        var database = await DatabaseAsync(seen, cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await command(database).WaitAsync(_operationTimeout, _time, cancellationToken).ConfigureAwait(false);
            if (IsAway(seen) && Interlocked.CompareExchange(ref _state, seen + 1, seen) == seen)
            {
                RedisLog.Back(_logger);
            }

            return result;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            MarkDown(seen, e is TimeoutException ? "no answer within " + _operationTimeout.TotalMilliseconds + " ms" : e.GetType().Name);
            throw new RedisUnavailableException(e.GetType().Name, e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned && await _connecting.ConfigureAwait(false) is { } connection)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        if (_owned && _connecting.IsCompletedSuccessfully && _connecting.Result is { } connection)
        {
            connection.Dispose();
        }
    }

    /// <summary>
    /// The database, while connected and not within the pause after a failure. The first commands wait for the
    /// connection to be made, at most <see cref="_connectTimeout"/>: it is made in the background, so the app
    /// starts whether Redis is there or not.
    /// </summary>
    private async ValueTask<IDatabase> DatabaseAsync(long seen, CancellationToken cancellationToken)
    {
        if (_time.GetUtcNow().UtcTicks < Volatile.Read(ref _skipUntilTicks))
        {
            throw new RedisUnavailableException("paused after a failure");
        }

        IConnectionMultiplexer? connection;
        try
        {
            connection = await _connecting.WaitAsync(_connectTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            MarkDown(seen, "still connecting");
            throw new RedisUnavailableException("still connecting");
        }

        if (connection is { IsConnected: true })
        {
            return connection.GetDatabase();
        }

        var cause = connection is null ? "the connection string could not be used" : "not connected";
        MarkDown(seen, cause);
        throw new RedisUnavailableException(cause);
    }

    /// <summary>A command that started at <paramref name="seen"/> failed: the outage it belongs to begins (logged once) or goes on.</summary>
    private void MarkDown(long seen, string cause)
    {
        var outage = seen | 1;
        if (!IsAway(seen) && Interlocked.CompareExchange(ref _state, outage, seen) == seen)
        {
            RedisLog.Unavailable(_logger, cause);
        }

        if (Volatile.Read(ref _state) == outage)
        {
            Volatile.Write(ref _skipUntilTicks, (_time.GetUtcNow() + _retryAfterFailure).UtcTicks);
        }
    }

    private static bool IsAway(long state) => (state & 1) == 1;

    /// <summary>Connects in the background: the app starts whether Redis is there or not, and the connection keeps retrying.</summary>
    private async Task<IConnectionMultiplexer?> ConnectAsync(string connectionString)
    {
        ConfigurationOptions configuration;
        try
        {
            configuration = ConfigurationOptions.Parse(connectionString);
        }
        catch (ArgumentException e)
        {
            // The message may quote the string, which may hold a password: the exception's type says enough.
            RedisLog.Unusable(_logger, e.GetType().Name);
            Interlocked.CompareExchange(ref _state, 1, 0);
            return null;
        }

        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = (int)_connectTimeout.TotalMilliseconds;
        configuration.AsyncTimeout = (int)Math.Max(_operationTimeout.TotalMilliseconds, 1);
        try
        {
            return await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        }
        catch (RedisException e)
        {
            RedisLog.Unusable(_logger, e.GetType().Name);
            Interlocked.CompareExchange(ref _state, 1, 0);
            return null;
        }
    }
}
