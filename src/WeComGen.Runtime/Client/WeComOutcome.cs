using System;

namespace WeComGen.Client;

/// <summary>
/// How a call ended: <see cref="Sent"/>, <see cref="AlreadyDelivered"/> (both successes) or <see cref="Failed"/>
/// with a typed <see cref="WeComFailure"/>. Pattern-match on the three cases.
/// </summary>
/// <typeparam name="TResponse">The endpoint's response type.</typeparam>
public abstract class WeComOutcome<TResponse>
    where TResponse : class
{
    private WeComOutcome(int attempts) => Attempts = attempts;

    /// <summary>How many HTTP calls of the endpoint were made (0 when the client answered locally).</summary>
    public int Attempts { get; }

    /// <summary>Whether the call's effect happened: <see cref="Sent"/> or <see cref="AlreadyDelivered"/>.</summary>
    public abstract bool IsSuccess { get; }

    /// <summary>The server's answer, when one ended the call with success.</summary>
    public virtual TResponse? Response => null;

    /// <summary>Why the call failed; <see langword="null"/> on success.</summary>
    public virtual WeComFailure? Failure => null;

    /// <summary>The server accepted the request (<c>errcode</c> 0).</summary>
    public sealed class Sent(TResponse response, int attempts) : WeComOutcome<TResponse>(attempts)
    {
        /// <inheritdoc/>
        public override bool IsSuccess => true;

        /// <inheritdoc/>
        public override TResponse Response { get; } = response ?? throw new ArgumentNullException(nameof(response));

        /// <inheritdoc/>
        public override string ToString() => $"Sent after {Attempts} attempt(s)";
    }

    /// <summary>
    /// The effect had already happened through an earlier call (an error code whose action is <c>delivered</c>,
    /// such as 41051 for a welcome message). A success: nothing is left to do and nothing is retried.
    /// </summary>
    public sealed class AlreadyDelivered(TResponse response, ApiError error, int attempts) : WeComOutcome<TResponse>(attempts)
    {
        /// <inheritdoc/>
        public override bool IsSuccess => true;

        /// <inheritdoc/>
        public override TResponse Response { get; } = response ?? throw new ArgumentNullException(nameof(response));

        /// <summary>The code the server answered with, and its meaning from the schema.</summary>
        public ApiError Error { get; } = error ?? throw new ArgumentNullException(nameof(error));

        /// <inheritdoc/>
        public override string ToString() => $"Already delivered ({Error.Code}) after {Attempts} attempt(s)";
    }

    /// <summary>The call did not have its effect; <see cref="Failure"/> says why and what to do.</summary>
    public sealed class Failed(WeComFailure failure, int attempts) : WeComOutcome<TResponse>(attempts)
    {
        /// <inheritdoc/>
        public override bool IsSuccess => false;

        /// <inheritdoc/>
        public override WeComFailure Failure { get; } = failure ?? throw new ArgumentNullException(nameof(failure));

        /// <inheritdoc/>
        public override string ToString() => $"Failed after {Attempts} attempt(s): {Failure.Message}";
    }
}
