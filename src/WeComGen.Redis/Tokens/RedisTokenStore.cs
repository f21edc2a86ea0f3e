using System;
using System.Threading;
using System.Threading.Tasks;
using StackExchange.Redis;

namespace WeComGen.Redis;

/// <summary>The shared token of one corp and secret in Redis, under the keys <see cref="RedisKeys"/> names.</summary>
internal sealed class RedisTokenStore(RedisConnection redis, string app) : ISharedTokenStore
{
    private static readonly TimeSpan CountKept = TimeSpan.FromMinutes(2);

    private readonly RedisKey _tokenKey = redis.Keys.Token(app);
    private readonly RedisKey _lockKey = redis.Keys.TokenLock(app);

    public async Task<string?> ReadAsync() =>
        await redis.RunAsync(db => db.StringGetAsync(_tokenKey), CancellationToken.None).ConfigureAwait(false);

    public Task StoreAsync(string value, TimeSpan lifetime) =>
        redis.RunAsync(db => db.StringSetAsync(_tokenKey, value, lifetime), CancellationToken.None);

    public Task DeleteAsync(string value) =>
        redis.RunAsync(db => db.ScriptEvaluateAsync(RedisScripts.CompareAndDelete, [_tokenKey], [value]), CancellationToken.None);

    public async Task<bool> TryLockAsync(string owner, TimeSpan timeout) =>
        (long)await redis.RunAsync(db => db.ScriptEvaluateAsync(RedisScripts.Lock, [_lockKey], [owner, (long)timeout.TotalMilliseconds]), CancellationToken.None).ConfigureAwait(false) == 1;

    public async Task<bool> RenewAsync(string owner, TimeSpan timeout) =>
        (long)await redis.RunAsync(db => db.ScriptEvaluateAsync(RedisScripts.CompareAndExpire, [_lockKey], [owner, (long)timeout.TotalMilliseconds]), CancellationToken.None).ConfigureAwait(false) == 1;

    public Task ReleaseAsync(string owner) =>
        redis.RunAsync(db => db.ScriptEvaluateAsync(RedisScripts.CompareAndDelete, [_lockKey], [owner]), CancellationToken.None);

    public async Task<long> CountGetTokenCallAsync(DateTimeOffset now) =>
        (long)await redis.RunAsync(
            db => db.ScriptEvaluateAsync(RedisScripts.CountInWindow, [redis.Keys.GetTokenCount(app, now.ToUnixTimeSeconds() / 60)], [(long)CountKept.TotalMilliseconds]),
            CancellationToken.None).ConfigureAwait(false);
}
