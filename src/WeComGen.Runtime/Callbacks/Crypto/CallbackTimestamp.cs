using System;
using System.Globalization;

namespace WeComGen.Callbacks;

/// <summary>
/// WeCom's times: the <c>timestamp</c> query parameter and an event's <c>CreateTime</c>/<c>TimeStamp</c> are Unix
/// times in whole seconds, written as digits only.
/// </summary>
public static class CallbackTimestamp
{
    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>Reads <paramref name="text"/> as a Unix time in seconds: digits only (no sign, no spaces), within <see cref="DateTimeOffset"/>'s range.</summary>
    public static bool TryParse(string? text, out DateTimeOffset time)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= MaxUnixSeconds)
        {
            time = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        time = default;
        return false;
    }
}
