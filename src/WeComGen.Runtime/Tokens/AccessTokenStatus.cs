using System;

namespace WeComGen.Tokens;

/// <summary>
/// What a token source knows about its tokens, for a health check: whether it holds one and how its last
/// <c>gettoken</c> failed. Never the token, never the secret.
/// </summary>
/// <param name="ExpiresAt">When the token held expires; <see langword="null"/> when none is held.</param>
/// <param name="LastFailure">
/// The last <c>gettoken</c> call's failure (an error code or a transport problem, its <see cref="AccessTokenResult.Token"/>
/// always <see langword="null"/>), when the call since has not succeeded; <see langword="null"/> otherwise.
/// </param>
/// <param name="FailedAt">When <paramref name="LastFailure"/> happened.</param>
public sealed record AccessTokenStatus(DateTimeOffset? ExpiresAt, AccessTokenResult? LastFailure, DateTimeOffset? FailedAt)
{
    /// <summary>No token was needed yet.</summary>
    public static AccessTokenStatus NotNeededYet { get; } = new(null, null, null);
}
