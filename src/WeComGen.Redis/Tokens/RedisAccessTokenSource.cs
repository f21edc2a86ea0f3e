using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WeComGen.Client;
using WeComGen.Tokens;

namespace WeComGen.Redis;

/// <summary>
/// Access tokens shared by every instance of an app: a first level in this process, Redis behind it. The one
/// instance that takes the Redis lock calls <c>gettoken</c>, for the cluster and within a per-minute cap, and
/// renews the lock until it has stored the token; the others read that token, waiting as long as the lock is held.
/// So however slow the machine, a second <c>gettoken</c> is made only when a holder dies (its lock lapses) or Redis
/// is away. A token the server refused is deleted for everyone, by its stored record, so a newer one is kept, even
/// when WeCom issues the same token again. While Redis is away, <see cref="WeComAccessTokenSource"/> stands in: one
/// <c>gettoken</c> per instance per refresh.
/// </summary>
internal sealed class RedisAccessTokenSource : IAccessTokenSource, IAccessTokenStatusSource
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(200);

    private readonly ISharedTokenStore _store;
    private readonly IAccessTokenSource _gettoken;
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

    /// <param name="store">The token, lock and count the instances share.</param>
    /// <param name="gettoken">Calls <c>gettoken</c> for this instance (a <see cref="WeComAccessTokenSource"/>); stands in while Redis is away.</param>
    /// <param name="client">The refresh margin.</param>
    /// <param name="options">The lock's timeout and the cap.</param>
    /// <param name="time">The clock tokens expire by.</param>
    /// <param name="logger">Logs refreshes and refusals, never a token.</param>
    public RedisAccessTokenSource(ISharedTokenStore store, IAccessTokenSource gettoken, WeComClientOptions client, WeComRedisOptions options, TimeProvider time, ILogger<RedisAccessTokenSource>? logger)
    {
        _store = store;
        _gettoken = gettoken;
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
        : (_gettoken as IAccessTokenStatusSource)?.Status ?? AccessTokenStatus.NotNeededYet;

    /// <inheritdoc/>
    public ValueTask<AccessTokenResult> GetAsync(CancellationToken cancellationToken)
    {
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && IsFresh(cached.Stored))
        {
            return new ValueTask<AccessTokenResult>(cached.Result);
        }

        TaskCompletionSource<AccessTokenResult>? started = null;
        Task<AccessTokenResult> flight;
        lock (_gate)
        {
            // The flight that just ended may have adopted a token: no second flight for it.
            cached = _cached;
            if (cached is not null && IsFresh(cached.Stored))
            {
                return new ValueTask<AccessTokenResult>(cached.Result);
            }

            if (_flight is null)
            {
                started = new TaskCompletionSource<AccessTokenResult>();
                _flight = started.Task;
            }

            flight = _flight;
        }

        // The caller that started the flight runs it up to its first wait, outside the lock and on its own thread:
        // no thread-pool hop, and a flight that completes at once cannot clear the shared task before it is set.
        if (started is not null)
        {
            _ = FlyAsync(started);
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
            if (_cached is { } cached && ReferenceEquals(cached.Result.Token, rejected))
            {
                // Deleted from Redis by the next read, by its record: a token another instance stored since then
                // stays, even the same token WeCom issued again (its record has other times).
                _rejected = cached.Stored.Value;
                _cached = null;
                RedisLog.SharedTokenRejected(_logger);
            }
        }

        _gettoken.Invalidate(rejected);
    }

    /// <summary>Runs the instance's one flight and completes the task its callers share, after the flight is cleared.</summary>
    private async Task FlyAsync(TaskCompletionSource<AccessTokenResult> flight)
    {
        try
        {
            var result = await AcquireAsync().ConfigureAwait(false);
            EndFlight();
            flight.SetResult(result);
        }
        catch (Exception e)
        {
            EndFlight();
            flight.SetException(e);
        }
    }

    private void EndFlight()
    {
        lock (_gate)
        {
            _flight = null;
        }
    }

    /// <summary>Reads the shared token, or refreshes it for the cluster; in-process when Redis is away.</summary>
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
    }

    private async Task<AccessTokenResult> AcquireSharedAsync()
    {
        var poll = FirstPoll;
        while (true)
        {
            if (await ReadAsync().ConfigureAwait(false) is { } shared)
            {
                return Adopt(shared);
            }

            var owner = Guid.NewGuid().ToString("N");
            if (await _store.TryLockAsync(owner, _lockTimeout).ConfigureAwait(false))
            {
                return await RefreshHoldingAsync(owner).ConfigureAwait(false);
            }

            // Another instance is refreshing, and renews its lock while it lives: wait for its token, however long it
            // takes, or for its lock to lapse if it died. Each caller stops waiting at its own deadline.
            await Task.Delay(poll, _time).ConfigureAwait(false);
            poll = poll + poll < LongestPoll ? poll + poll : LongestPoll;
        }
    }

    /// <summary>Refreshes holding the lock, renewed every third of its timeout until the refresh ends, then released.</summary>
    private async Task<AccessTokenResult> RefreshHoldingAsync(string owner)
    {
        using var holding = new CancellationTokenSource();
        _ = RenewAsync(owner, holding.Token);
        try
        {
            return await RefreshAsync().ConfigureAwait(false);
        }
        finally
        {
            holding.Cancel();
            await ReleaseAsync(owner).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Keeps the lock while this instance refreshes: a slow <c>gettoken</c> or a busy machine never lets another
    /// instance take it; only a holder that stops (dies, or loses Redis) lets it lapse.
    /// </summary>
    private async Task RenewAsync(string owner, CancellationToken holding)
    {
        var every = TimeSpan.FromTicks(_lockTimeout.Ticks / 3);
        try
        {
            do
            {
                await Task.Delay(every, _time, holding).ConfigureAwait(false);
            }
            while (!holding.IsCancellationRequested && await _store.RenewAsync(owner, _lockTimeout).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            // The refresh ended.
        }
        catch (RedisUnavailableException)
        {
            // The lock lapses by itself; the refresh goes on.
        }
    }

    /// <summary>Holding the lock: reads again (the previous holder may have just stored one), then calls <c>gettoken</c> within the cap.</summary>
    private async Task<AccessTokenResult> RefreshAsync()
    {
        if (await ReadAsync().ConfigureAwait(false) is { } shared)
        {
            return Adopt(shared);
        }

        var calls = await _store.CountGetTokenCallAsync(_time.GetUtcNow()).ConfigureAwait(false);
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
            await _store.StoreAsync(stored.Value, lifetime).ConfigureAwait(false);
            RedisLog.SharedToken(_logger);
        }

        return Adopt(stored);
    }

    /// <summary>The shared token if it is WeComGen's, fresh, and not the one the server refused here (that one is deleted).</summary>
    private async Task<StoredToken?> ReadAsync()
    {
        var stored = StoredToken.Read(await _store.ReadAsync().ConfigureAwait(false));
        if (stored is null)
        {
            // Absent, or written by something else: the next refresh overwrites it.
            return null;
        }

        if (stored.Value == Volatile.Read(ref _rejected))
        {
            await _store.DeleteAsync(stored.Value).ConfigureAwait(false);
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
            await _store.ReleaseAsync(owner).ConfigureAwait(false);
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
