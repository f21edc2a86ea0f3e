using System;

namespace WeComGen.Emulator.Faults;

/// <summary>Something going wrong on purpose for one request, queued with <see cref="WeComEmulator.InjectFaults"/>.</summary>
public abstract record EmulatorFault
{
    private EmulatorFault()
    {
    }

    /// <summary>Answer HTTP 200 with this <c>errcode</c> (−1 system busy, 45009 rate limit, ...) and do nothing else.</summary>
    public sealed record ErrorCode(int Code) : EmulatorFault;

    /// <summary>Answer with this HTTP status and no WeCom body (a 502 from a gateway, say).</summary>
    public sealed record HttpStatus(int Status) : EmulatorFault;

    /// <summary>Wait this long (wall-clock) before handling the request normally.</summary>
    public sealed record Slow(TimeSpan Delay) : EmulatorFault;

    /// <summary>Abort the connection without an answer.</summary>
    public sealed record DropConnection : EmulatorFault;

    /// <summary>Revoke every access token, then handle the request normally (so it meets 40014).</summary>
    public sealed record RevokeTokens : EmulatorFault;
}
