using System;
using System.Threading;
using System.Threading.Tasks;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

/// <summary>
/// Recognises WeCom's re-sends of a callback so that it is dispatched once. The default remembers callbacks in
/// this process; register another (WeComGen.Redis's) when several instances share one callback URL.
/// </summary>
public interface IWeComCallbackDeduplicator
{
    /// <summary>
    /// Claims <paramref name="callbackEvent"/>: <see langword="false"/> when it is remembered. It is then remembered for
    /// the de-duplication window, and at least until <paramref name="replayableUntil"/>, the last instant its request
    /// could be accepted again, so that no replay the timestamp check lets through is dispatched twice.
    /// </summary>
    ValueTask<bool> TryClaimAsync(WeComCallbackEvent callbackEvent, DateTimeOffset? replayableUntil, CancellationToken cancellationToken);

    /// <summary>Forgets a claim whose callback could not be queued, so WeCom's retry is taken.</summary>
    ValueTask ReleaseAsync(WeComCallbackEvent callbackEvent);
}
