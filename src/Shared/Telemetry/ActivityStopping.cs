using System;
using System.Diagnostics;

namespace WeComGen.Diagnostics;

/// <summary>
/// Ends a span whatever its listeners do. The client and the callback endpoint both compile this file: a listener's
/// callback runs inside <see cref="Activity.Stop"/>, and telemetry must never fail a send or a callback.
/// </summary>
internal static class ActivityStopping
{
    /// <summary>Stops <paramref name="span"/>; when a listener throws, the span still stops being the ambient activity.</summary>
    public static void StopSafely(this Activity span)
    {
        var parent = span.Parent;
        try
        {
            span.Stop();
        }
        catch (Exception)
        {
            if (Activity.Current == span)
            {
                Activity.Current = parent;
            }
        }
    }
}
