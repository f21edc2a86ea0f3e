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
/// for <see cref="WeComCallbackOptions.DeduplicationWindow"/>. While Redis is away, this instance's own
/// <see cref="CallbackDeduplicator"/> decides.
/// </summary>
internal sealed class RedisCallbackDeduplicator(RedisConnection redis, CallbackDeduplicator inProcess, IOptions<WeComCallbackOptions> options) : IWeComCallbackDeduplicator
{
    private readonly TimeSpan _window = options.Value.DeduplicationWindow;

    public async ValueTask<bool> TryClaimAsync(WeComCallbackEvent callbackEvent, CancellationToken cancellationToken)
    {
        var key = redis.Keys.Callback(CallbackIdentity.Of(callbackEvent));
        try
        {
            return await redis.RunAsync(db => db.StringSetAsync(key, 1, _window, When.NotExists), cancellationToken).ConfigureAwait(false);
        }
        catch (RedisUnavailableException)
        {
            return await inProcess.TryClaimAsync(callbackEvent, cancellationToken).ConfigureAwait(false);
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
