using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WeComGen.AspNetCore;
using WeComGen.Callbacks;

namespace WeComGen.Redis;

/// <summary>
/// Recognises a callback any instance has seen: <c>SET NX EX</c> on the hash of its <see cref="CallbackIdentity"/>,
/// for <see cref="WeComCallbackOptions.DeduplicationWindow"/>, or until the callback's request could no longer be
/// replayed when that is later. While Redis is away, this instance's own <see cref="CallbackDeduplicator"/> decides.
/// </summary>
internal sealed class RedisCallbackDeduplicator(RedisConnection redis, CallbackDeduplicator inProcess, IOptions<WeComCallbackOptions> options, TimeProvider clock) : IWeComCallbackDeduplicator
{
    private readonly TimeSpan _window = options.Value.DeduplicationWindow;

    public async ValueTask<bool> TryClaimAsync(WeComCallbackEvent callbackEvent, DateTimeOffset? replayableUntil, CancellationToken cancellationToken)
    {
        var key = redis.Keys.Callback(CallbackIdentity.Of(callbackEvent));
        var remembered = replayableUntil is { } until && until - clock.GetUtcNow() > _window ? until - clock.GetUtcNow() : _window;
        try
        {
            return await redis.RunAsync(db => db.StringSetAsync(key, 1, remembered, When.NotExists), cancellationToken).ConfigureAwait(false);
        }
        catch (RedisUnavailableException)
        {
            return await inProcess.TryClaimAsync(callbackEvent, replayableUntil, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask ReleaseAsync(WeComCallbackEvent callbackEvent)
    {
        await inProcess.ReleaseAsync(callbackEvent).ConfigureAwait(false);
        var key = redis.Keys.Callback(CallbackIdentity.Of(callbackEvent));
        try
        {
            await redis.RunAsync(db => db.KeyDeleteAsync(key), CancellationToken.None).ConfigureAwait(false);
        }
        catch (RedisUnavailableException)
        {
            // The claim expires with the window; WeCom's retry within it is taken as a duplicate.
        }
    }
}
