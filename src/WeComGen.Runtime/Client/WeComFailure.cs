using System;
using WeComGen.Validation;

namespace WeComGen.Client;

/// <summary>
/// Why a call failed. A closed set of cases: match on the nested records. <see cref="Message"/> says what
/// happened and what to do, and never carries a secret (access token, corp secret, full event code).
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

    /// <summary>The request breaks its contract; nothing was sent.</summary>
    public sealed record InvalidRequest(ValidationResult Validation) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => "The request breaks its contract; nothing was sent:\n" + Validation;
    }

    /// <summary>
    /// A file to upload could not be opened or read (<see cref="Reason"/> says why), before the request or while it
    /// was being sent. Not a contract violation: the request was fine, the file was not there to send.
    /// </summary>
    public sealed record FileUnreadable(string Member, string File, string Reason) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => $"The file {File} for {Member} cannot be read: {Reason}.";
    }

    /// <summary>
    /// An upload failed in a way worth another attempt, but its file is a stream that cannot be rewound and was
    /// already read from, so it cannot be sent again. <see cref="LastProblem"/> is what the attempt met.
    /// </summary>
    public sealed record UploadNotRepeatable(string File, WeComFailure LastProblem) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message =>
            $"The upload of {File} was not retried: its stream cannot be rewound and was already read; the attempt failed: {LastProblem.Message}";
    }

    /// <summary>
    /// The event credential's window closed (its validity minus the safety margin) before the call could
    /// succeed; no call is made after it. <see cref="LastProblem"/> is what kept the earlier attempts from succeeding.
    /// </summary>
    public sealed record DeadlinePassed(string Credential, DateTimeOffset Deadline, WeComFailure? LastProblem) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message =>
            $"The window of event code {Credential} closed at {Deadline:O}"
            + (LastProblem is null ? "; it was not sent." : $"; the last attempt failed: {LastProblem.Message}");
    }

    /// <summary>
    /// The single-use event credential is already being sent by another call of this client
    /// (<see cref="InFlight"/>), or a call already got a definite answer for it.
    /// </summary>
    public sealed record CredentialAlreadyUsed(string Credential, bool InFlight) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => InFlight
            ? $"Event code {Credential} is single-use and another call of this client is sending it now."
            : $"Event code {Credential} is single-use and this client already got a definite answer for it.";
    }

    /// <summary>The server says the event credential is invalid or expired (action <c>expired</c>); nothing can be done.</summary>
    public sealed record CredentialExpired(ApiError Error) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => $"The event code is invalid or expired: {Error}";
    }

    /// <summary>The app is set up wrongly (action <c>configuration</c>); <see cref="ApiError.Hint"/> says what to fix.</summary>
    public sealed record Misconfigured(ApiError Error) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => $"Configuration problem: {Error}";
    }

    /// <summary>The server refused this request (action <c>rejected</c>, or a code the schema does not list); retrying cannot help.</summary>
    public sealed record Rejected(ApiError Error) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => $"Rejected: {Error}";
    }

    /// <summary>The access token was refused again after it had been refreshed once (action <c>refresh-token</c>).</summary>
    public sealed record TokenRejected(ApiError Error) : WeComFailure
    {
        /// <inheritdoc/>
        public override string Message => $"The access token was refused after a refresh: {Error}";
    }

    /// <summary>The server is busy or limiting calls (action <c>retry</c> or <c>throttled</c>).</summary>
    public sealed record ServerBusy(ApiError Error) : WeComFailure
    {
        /// <inheritdoc/>
        public override bool IsTransient => true;

        /// <inheritdoc/>
        public override string Message => $"Server busy: {Error}";
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
        public override string Message => $"Gave up after {Attempts} attempt(s): {LastProblem.Message}";
    }
}
