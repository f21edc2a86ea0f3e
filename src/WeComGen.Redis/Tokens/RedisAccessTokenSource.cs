using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using WeComGen.Client;
using WeComGen.Tokens;

namespace WeComGen.Redis;

/// <summary>
/// Access tokens shared by every instance of an app: a first level in this process, Redis behind it. The one
/// instance that takes the Redis lock calls <c>gettoken</c>, for the cluster and within a per-minute cap; the
/// others read the token it stored. A token the server refused is deleted for everyone, by its value, so a newer
/// one is kept. While Redis is away, <see cref="WeComAccessTokenSource"/> stands in: one <c>gettoken</c> per
/// instance per refresh.
/// </summary>
internal sealed class RedisAccessTokenSource : IAccessTokenSource, IAccessTokenStatusSource
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan CountWindow = TimeSpan.FromMinutes(1);

    private readonly RedisConnection _redis;
    private readonly WeComAccessTokenSource _gettoken;
    private readonly RedisKey _tokenKey;
    private readonly RedisKey _lockKey;
    private readonly string _app;
    private readonly TimeSpan _refreshMargin;
    private readonly TimeSpan _lockTimeout;
    private readonly int _maxCallsPerMinute;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private Adopted? _cached;
    private Task<AccessTokenResult>? _flight;
    private string? _rejected;
    private AccessToken? _lastFetched;
    private AccessToken? _fetchedWhileAway;

    /// <param name="redis">The shared connection.</param>
    /// <param name="gettoken">Calls <c>gettoken</c> for this instance; stands in while Redis is away.</param>
    /// <param name="client">The corp ID and secret (hashed for the keys) and the refresh margin.</param>
    /// <param name="options">The lock's timeout and the cap.</param>
    /// <param name="time">The clock tokens expire by.</param>
    /// <param name="logger">Logs refreshes and refusals, never a token.</param>
    public RedisAccessTokenSource(RedisConnection redis, WeComAccessTokenSource gettoken, WeComClientOptions client, WeComRedisOptions options, TimeProvider time, ILogger<RedisAccessTokenSource>? logger)
    {
        _redis = redis;
        _gettoken = gettoken;
        _app = RedisKeys.App(client.CorpId, client.Secret);
        _tokenKey = redis.Keys.Token(_app);
        _lockKey = redis.Keys.TokenLock(_app);
        _refreshMargin = client.TokenRefreshMargin;
        _lockTimeout = options.TokenLockTimeout;
        _maxCallsPerMinute = options.MaxGetTokenCallsPerMinute;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// The cluster's token while this instance holds a fresh one (whoever fetched it); otherwise what this
    /// instance's own <c>gettoken</c> calls saw.
    /// </summary>
    public AccessTokenStatus Status => Volatile.Read(ref _cached) is { } adopted && IsFresh(adopted.Stored)
        ? new AccessTokenStatus(adopted.Stored.Token.ExpiresAt, null, null)
        : _gettoken.Status;

    /// <inheritdoc/>
    public ValueTask<AccessTokenResult> GetAsync(CancellationToken cancellationToken)
    {
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && IsFresh(cached.Stored))
        {
            return new ValueTask<AccessTokenResult>(cached.Result);
        }

        Task<AccessTokenResult> flight;
        lock (_gate)
        {
            // Task.Run: the flight must not complete inside this lock, or it would clear _flight before it is set.
            flight = _flight ??= Task.Run(AcquireAsync);
        }

        return new ValueTask<AccessTokenResult>(flight.WaitAsync(cancellationToken));
    }

    /// <inheritdoc/>
    public void Invalidate(AccessToken rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        lock (_gate)
        {
            _fetchedWhileAway = null;
            if (ReferenceEquals(_cached?.Result.Token, rejected))
            {
                // Deleted from Redis by the next read, by value: a token another instance stored since then stays.
                _rejected = rejected.Value;
                _cached = null;
                RedisLog.SharedTokenRejected(_logger);
            }
        }

        _gettoken.Invalidate(rejected);
    }

    /// <summary>One flight per instance: reads the shared token, or refreshes it for the cluster; in-process when Redis is away.</summary>
    private async Task<AccessTokenResult> AcquireAsync()
    {
        try
        {
            return await AcquireSharedAsync().ConfigureAwait(false);
        }
        catch (RedisUnavailableException)
        {
            return await WhileAwayAsync().ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _flight = null;
            }
        }
    }

    private async Task<AccessTokenResult> AcquireSharedAsync()
    {
        var giveUpAt = _time.GetUtcNow() + _lockTimeout + _lockTimeout;
        var poll = FirstPoll;
        while (true)
        {
            if (await ReadAsync().ConfigureAwait(false) is { } shared)
            {
                return Adopt(shared);
            }

            var owner = Guid.NewGuid().ToString("N");
            if (await _redis.RunAsync(db => db.StringSetAsync(_lockKey, owner, _lockTimeout, When.NotExists), CancellationToken.None).ConfigureAwait(false))
            {
                try
                {
                    return await RefreshAsync().ConfigureAwait(false);
                }
                finally
                {
                    await ReleaseAsync(owner).ConfigureAwait(false);
                }
            }

            // Another instance is refreshing: wait for its token, or for its lock to expire if it died.
            if (_time.GetUtcNow() >= giveUpAt)
            {
                RedisLog.LockWaitExceeded(_logger);
                return await WhileAwayAsync().ConfigureAwait(false);
            }

            await Task.Delay(poll, _time).ConfigureAwait(false);
            poll = poll + poll < LongestPoll ? poll + poll : LongestPoll;
        }
    }

    /// <summary>Holding the lock: reads again (the previous holder may have just stored one), then calls <c>gettoken</c> within the cap.</summary>
    private async Task<AccessTokenResult> RefreshAsync()
    {
        if (await ReadAsync().ConfigureAwait(false) is { } shared)
        {
            return Adopt(shared);
        }

        var minute = _time.GetUtcNow().ToUnixTimeSeconds() / 60;
        var calls = (long)await _redis.RunAsync(
            db => db.ScriptEvaluateAsync(RedisScripts.CountInWindow, [_redis.Keys.GetTokenCount(_app, minute)], [(long)(CountWindow + CountWindow).TotalMilliseconds]),
            CancellationToken.None).ConfigureAwait(false);
        if (calls > _maxCallsPerMinute)
        {
            RedisLog.GetTokenCapped(_logger, calls, _maxCallsPerMinute);
            return AccessTokenResult.Unreachable(TransportProblem.TooManyRequests, null);
        }

        var issuedAt = _time.GetUtcNow();
        var result = await FetchAsync().ConfigureAwait(false);
        if (result.Token is not { } token)
        {
            return result;
        }

        var refreshAt = token.ExpiresAt - Min(_refreshMargin, TimeSpan.FromTicks((token.ExpiresAt - issuedAt).Ticks / 2));
        var stored = StoredToken.Create(token, refreshAt);
        var lifetime = refreshAt - _time.GetUtcNow();
        if (lifetime > TimeSpan.Zero)
        {
            await _redis.RunAsync(db => db.StringSetAsync(_tokenKey, stored.Value, lifetime), CancellationToken.None).ConfigureAwait(false);
            RedisLog.SharedToken(_logger);
        }

        return Adopt(stored);
    }

    /// <summary>The shared token if it is WeComGen's, fresh, and not the one the server refused here (that one is deleted).</summary>
    private async Task<StoredToken?> ReadAsync()
    {
        var value = await _redis.RunAsync(db => db.StringGetAsync(_tokenKey), CancellationToken.None).ConfigureAwait(false);
        var stored = StoredToken.Read(value);
        if (stored is null)
        {
            // Absent, or written by something else: the next refresh overwrites it.
            return null;
        }

        if (stored.Token.Value == Volatile.Read(ref _rejected))
        {
            await _redis.RunAsync(db => db.ScriptEvaluateAsync(RedisScripts.CompareAndDelete, [_tokenKey], [stored.Value]), CancellationToken.None).ConfigureAwait(false);
            return null;
        }

        return IsFresh(stored) ? stored : null;
    }

    /// <summary>
    /// A token for the cluster: the one fetched in-process while Redis was away, if still fresh and no token was
    /// refused since (it then saves the cluster a <c>gettoken</c>); else straight from <c>gettoken</c>.
    /// </summary>
    private async Task<AccessTokenResult> FetchAsync()
    {
        if (Volatile.Read(ref _lastFetched) is { } previous && !ReferenceEquals(previous, Volatile.Read(ref _fetchedWhileAway)))
        {
            _gettoken.Invalidate(previous);
        }

        return await InProcessAsync().ConfigureAwait(false);
    }

    /// <summary>Redis is away: the in-process source's token, remembered as one the cluster may adopt when Redis is back.</summary>
    private async Task<AccessTokenResult> WhileAwayAsync()
    {
        var result = await InProcessAsync().ConfigureAwait(false);
        Volatile.Write(ref _fetchedWhileAway, result.Token);
        return result;
    }

    private async Task<AccessTokenResult> InProcessAsync()
    {
        var result = await _gettoken.GetAsync(CancellationToken.None).ConfigureAwait(false);
        if (result.Token is { } token)
        {
            Volatile.Write(ref _lastFetched, token);
        }

        return result;
    }

    private async Task ReleaseAsync(string owner)
    {
        try
        {
            await _redis.RunAsync(db => db.ScriptEvaluateAsync(RedisScripts.CompareAndDelete, [_lockKey], [owner]), CancellationToken.None).ConfigureAwait(false);
        }
        catch (RedisUnavailableException)
        {
            // The lock expires by itself.
        }
    }

    private AccessTokenResult Adopt(StoredToken stored)
    {
        lock (_gate)
        {
            // Keep the token the client holds, so that Invalidate recognises it, and one result for every caller.
            if (_cached?.Stored.Value != stored.Value)
            {
                _cached = new Adopted(stored, AccessTokenResult.Issued(stored.Token));
            }

            return _cached.Result;
        }
    }

    private bool IsFresh(StoredToken stored) => _time.GetUtcNow() < stored.RefreshAt;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>The shared token this instance uses, with the one result every caller gets.</summary>
    private sealed record Adopted(StoredToken Stored, AccessTokenResult Result);
}
