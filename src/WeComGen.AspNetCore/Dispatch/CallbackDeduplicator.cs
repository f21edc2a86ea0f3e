using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

/// <summary>
/// Remembers recent callbacks so that WeCom's retries are dispatched once: an added contact by its welcome
/// code, any other callback by a hash of its decrypted XML. Handling stays safe without it (41051 means the
/// welcome was delivered); this only spares the duplicate work. The default <see cref="IWeComCallbackDeduplicator"/>,
/// and the one a shared deduplicator falls back on while its store is away.
/// </summary>
public sealed class CallbackDeduplicator(IOptions<WeComCallbackOptions> options, TimeProvider clock) : IWeComCallbackDeduplicator
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly TimeSpan _window = options.Value.DeduplicationWindow;

    // Expired entries are swept once per window, so memory holds at most two windows of callbacks and a
    // claim costs O(1) between sweeps. Racing sweeps are harmless.
    private long _nextSweepTicks = (clock.GetUtcNow() + options.Value.DeduplicationWindow).UtcTicks;

    /// <inheritdoc/>
    public ValueTask<bool> TryClaimAsync(WeComCallbackEvent callbackEvent, DateTimeOffset? replayableUntil, CancellationToken cancellationToken) =>
        new(TryClaim(callbackEvent, replayableUntil, out _));

    /// <inheritdoc/>
    public ValueTask ReleaseAsync(WeComCallbackEvent callbackEvent)
    {
        Release(KeyOf(callbackEvent));
        return default;
    }

    /// <summary>
    /// Claims <paramref name="callbackEvent"/>: <see langword="false"/> when it is remembered. It is then remembered
    /// for the window, and at least until <paramref name="replayableUntil"/>, the last instant its request could be
    /// accepted again, so that no replay the timestamp check lets through is dispatched twice.
    /// </summary>
    internal bool TryClaim(WeComCallbackEvent callbackEvent, DateTimeOffset? replayableUntil, out string key)
    {
        key = KeyOf(callbackEvent);
        var now = clock.GetUtcNow();
        if (now.UtcTicks >= Volatile.Read(ref _nextSweepTicks))
        {
            Volatile.Write(ref _nextSweepTicks, (now + _window).UtcTicks);
            Sweep(now);
        }

        var expiry = Later(now + _window, replayableUntil);
        while (true)
        {
            if (_expiries.TryAdd(key, expiry))
            {
                return true;
            }

            if (_expiries.TryGetValue(key, out var existing))
            {
                if (existing >= now)
                {
                    // A repeat, perhaps in a fresh envelope: remembered for as long as that one is replayable too.
                    var kept = Later(existing, replayableUntil);
                    if (kept == existing || _expiries.TryUpdate(key, kept, existing))
                    {
                        return false;
                    }

                    continue;
                }

                if (_expiries.TryUpdate(key, expiry, existing))
                {
                    return true;
                }
            }
        }
    }

    private static DateTimeOffset Later(DateTimeOffset expiry, DateTimeOffset? other) =>
        other is { } value && value > expiry ? value : expiry;

    /// <summary>Forgets a claim whose callback could not be queued, so WeCom's retry is taken.</summary>
    internal void Release(string key) => _expiries.TryRemove(key, out _);

    private static string KeyOf(WeComCallbackEvent callbackEvent) =>
        callbackEvent is ExternalContactAddedEvent { WelcomeCode: { } code }
            ? "welcome_code:" + code.Value
            : "xml:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(callbackEvent.Xml)));

    private void Sweep(DateTimeOffset now)
    {
        foreach (var entry in _expiries)
        {
            if (entry.Value < now)
            {
                _expiries.TryRemove(entry);
            }
        }
    }
}
