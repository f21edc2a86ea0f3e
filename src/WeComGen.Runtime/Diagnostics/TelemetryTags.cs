namespace WeComGen.Diagnostics;

/// <summary>The tags the client's instruments and spans carry: names, kinds and codes, never a value a user sent.</summary>
internal static class TelemetryTags
{
    /// <summary>The endpoint's C# name from the schema (<c>SendWelcomeMsg</c>).</summary>
    public const string Endpoint = "wecomgen.endpoint";

    /// <summary>How a call ended: <c>sent</c>, <c>already_delivered</c>, <c>failed</c> or <c>cancelled</c>.</summary>
    public const string Outcome = "wecomgen.outcome";

    /// <summary>The <c>errcode</c> of the answer that settled a call or an attempt.</summary>
    public const string ErrCode = "wecomgen.errcode";

    /// <summary>OpenTelemetry's tag for why something failed (see <see cref="ErrorTypes"/>).</summary>
    public const string ErrorType = "error.type";

    /// <summary>An attempt's number within its call, from 1 (on the attempt's span event).</summary>
    public const string Attempt = "wecomgen.attempt";

    /// <summary>How many attempts a call made (on its span).</summary>
    public const string Attempts = "wecomgen.attempts";

    /// <summary>OpenTelemetry's tag for the HTTP status of a response.</summary>
    public const string StatusCode = "http.response.status_code";

    public const string Sent = "sent";
    public const string AlreadyDelivered = "already_delivered";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    /// <summary>The name of the span event of one HTTP attempt.</summary>
    public const string AttemptEvent = "attempt";
}
