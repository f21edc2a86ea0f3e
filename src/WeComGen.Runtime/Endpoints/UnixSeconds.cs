using System;

namespace WeComGen.Endpoints;

/// <summary>Unix seconds as a server sends them (<c>created_at</c>), read into a time the generated metadata hands on.</summary>
public static class UnixSeconds
{
    /// <summary>The time <paramref name="seconds"/> stands for; <see langword="null"/> when absent or outside the years 1 to 9999.</summary>
    public static DateTimeOffset? ToTime(long? seconds) =>
        seconds is { } value && value >= DateTimeOffset.MinValue.ToUnixTimeSeconds() && value <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(value)
            : null;
}
