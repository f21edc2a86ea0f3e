using System;
using System.Threading;

namespace WeComGen.Client;

/// <summary>
/// Jittered exponential backoff: the n-th retry waits between half and all of min(max, base * 2^n). The jitter comes
/// from a per-thread random source, or from <paramref name="jitter"/> (a seeded one replays a simulation exactly).
/// </summary>
internal sealed class Backoff(TimeSpan baseDelay, TimeSpan maxDelay, Random? jitter = null)
{
    private static readonly ThreadLocal<Random> Jitter = new(() => new Random(Guid.NewGuid().GetHashCode()));

    public TimeSpan Delay(int retry)
    {
        var ceiling = baseDelay.Ticks * Math.Pow(2, Math.Min(retry, 30));
        var capped = Math.Min(ceiling, maxDelay.Ticks);
        return TimeSpan.FromTicks((long)(capped / 2 + (jitter ?? Jitter.Value!).NextDouble() * capped / 2));
    }
}
