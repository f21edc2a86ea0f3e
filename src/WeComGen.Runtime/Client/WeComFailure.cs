using System;
using System.Globalization;
using WeComGen.Validation;

namespace WeComGen.Client;

/// <summary>
/// Why a call failed. A closed set of cases: match on the nested records. <see cref="Message"/> says what
/// happened and what to do, in the current UI culture's language (as violations are worded), and never carries a
/// secret (access token, corp secret, full event code).
/// </summary>
public abstract record WeComFailure
{
    private WeComFailure()
    {
    }

    /// <summary>What happened and what to do about it.</summary>
    public abstract string Message { get; }

    /// <summary>Whether this problem may clear up by itself (it was retried while time and the retry limit allowed).</summary>
    public virtual bool IsTransient => false;

    /// <inheritdoc/>
    public override string ToString() => Message;

    private static string Words(ContractMessage message) => message.ToString(CultureInfo.CurrentUICulture);

    /// <summary>The request breaks its contract; nothing was sent.</summary>
    public sealed record InvalidRequest(ValidationResult Validation) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => Words(ContractMessages.FailureInvalidRequest()) + "\n" + Validation;
    }

    /// <summary>
    /// A file to upload could not be opened or read (<see cref="Reason"/> says why), before the request or while it
    /// was being sent. Not a contract violation: the request was fine, the file was not there to send.
    /// </summary>
    public sealed record FileUnreadable(string Member, string File, string Reason) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => Words(ContractMessages.FailureFileUnreadable(File, Member, Reason));
    }

    /// <summary>
    /// An upload failed in a way worth another attempt, but its file is a stream that cannot be rewound and was
    /// already read from, so it cannot be sent again. <see cref="LastProblem"/> is what the attempt met.
    /// </summary>
    public sealed record UploadNotRepeatable(string File, WeComFailure LastProblem) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message =>
            Words(ContractMessages.FailureUploadNotRepeatable(File, LastProblem.Message));
    }

    /// <summary>
    /// The event credential's window closed (its validity minus the safety margin) before the call could
    /// succeed; no call is made after it. <see cref="LastProblem"/> is what kept the earlier attempts from succeeding.
    /// </summary>
    public sealed record DeadlinePassed(string Credential, DateTimeOffset Deadline, WeComFailure? LastProblem) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message =>
            Words(ContractMessages.FailureDeadlinePassed(Credential, Deadline.ToString("O", CultureInfo.InvariantCulture), LastProblem?.Message));
    }

    /// <summary>
    /// The single-use event credential is already being sent by another call of this client
    /// (<see cref="InFlight"/>), or a call already got a definite answer for it.
    /// </summary>
    public sealed record CredentialAlreadyUsed(string Credential, bool InFlight) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => Words(ContractMessages.FailureCredentialAlreadyUsed(Credential, InFlight));
    }

    /// <summary>The server says the event credential is invalid or expired (action <c>expired</c>); nothing can be done.</summary>
    public sealed record CredentialExpired(ApiError Error) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => Words(ContractMessages.FailureCredentialExpired(Error.ToString()));
    }

    /// <summary>The app is set up wrongly (action <c>configuration</c>); <see cref="ApiError.Hint"/> says what to fix.</summary>
    public sealed record Misconfigured(ApiError Error) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => Words(ContractMessages.FailureMisconfigured(Error.ToString()));
    }

    /// <summary>The server refused this request (action <c>rejected</c>, or a code the schema does not list); retrying cannot help.</summary>
    public sealed record Rejected(ApiError Error) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => Words(ContractMessages.FailureRejected(Error.ToString()));
    }

    /// <summary>The access token was refused again after it had been refreshed once (action <c>refresh-token</c>).</summary>
    public sealed record TokenRejected(ApiError Error) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => Words(ContractMessages.FailureTokenRejected(Error.ToString()));
    }

    /// <summary>The server is busy or limiting calls (action <c>retry</c> or <c>throttled</c>).</summary>
    public sealed record ServerBusy(ApiError Error) : WeComFailure
    {
        /// <inheritdoc/>
        public override bool IsTransient => true;

        /// <inheritdoc/>
        public override string Message => Words(ContractMessages.FailureServerBusy(Error.ToString()));
    }

    /// <summary>The exchange failed below the WeCom protocol (HTTP status, timeout, connection, malformed answer).</summary>
    public sealed record TransportFailure(string Endpoint, TransportProblem Problem, int? StatusCode) : WeComFailure
    {
        /// <inheritdoc/>
        public override bool IsTransient => Problem != TransportProblem.UnexpectedStatus;

        /// <inheritdoc/>
        public override string Message =>
            $"{Endpoint}: {Problem}" + (StatusCode is { } status ? $" (HTTP {status})" : string.Empty);
    }

    /// <summary>A transient problem persisted past the retry limit (the table's, or the client's attempt limit).</summary>
    public sealed record RetriesExhausted(int Attempts, WeComFailure LastProblem) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => Words(ContractMessages.FailureRetriesExhausted(Attempts, LastProblem.Message));
    }
}
