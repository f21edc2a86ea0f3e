using WeComGen.Client;

namespace WeComGen.Diagnostics;

/// <summary>
/// The <c>error.type</c> of a failure: its kind in snake case, the transport problem for a failure below the protocol,
/// <c>_OTHER</c> (OpenTelemetry's catch-all) for what the client does not classify.
/// </summary>
internal static class ErrorTypes
{
    public const string Other = "_OTHER";

    /// <summary>gettoken answered with a non-zero errcode.</summary>
    public const string TokenRefused = "token_refused";

    public static string Of(WeComFailure failure) => failure switch
    {
        WeComFailure.InvalidRequest => "invalid_request",
        WeComFailure.DeadlinePassed => "deadline_passed",
        WeComFailure.CredentialAlreadyUsed => "credential_already_used",
        WeComFailure.CredentialExpired => "credential_expired",
        WeComFailure.Misconfigured => "misconfigured",
        WeComFailure.Rejected => "rejected",
        WeComFailure.TokenRejected => "token_rejected",
        WeComFailure.ServerBusy => "server_busy",
        WeComFailure.TransportFailure transport => Of(transport.Problem),
        WeComFailure.RetriesExhausted => "retries_exhausted",
        _ => Other,
    };

    public static string Of(TransportProblem problem) => problem switch
    {
        TransportProblem.ServerError => "server_error",
        TransportProblem.TooManyRequests => "too_many_requests",
        TransportProblem.Timeout => "timeout",
        TransportProblem.ConnectionFailed => "connection_failed",
        TransportProblem.MalformedResponse => "malformed_response",
        TransportProblem.UnexpectedStatus => "unexpected_status",
        _ => Other,
    };

    /// <summary>The errcode behind a failure, when an answer carried one (the last problem's, for a call that gave up).</summary>
    public static int? CodeOf(WeComFailure? failure) => failure switch
    {
        WeComFailure.CredentialExpired f => f.Error.Code,
        WeComFailure.Misconfigured f => f.Error.Code,
        WeComFailure.Rejected f => f.Error.Code,
        WeComFailure.TokenRejected f => f.Error.Code,
        WeComFailure.ServerBusy f => f.Error.Code,
        WeComFailure.RetriesExhausted f => CodeOf(f.LastProblem),
        WeComFailure.DeadlinePassed f => CodeOf(f.LastProblem),
        _ => null,
    };
}
