using System;
using WeComGen.Client;

namespace WeComGen.Tokens;

/// <summary>
/// What an <see cref="IAccessTokenSource"/> got: a token, the error code <c>gettoken</c> answered with, or a
/// transport problem. The client reads error codes against the calling endpoint's error table.
/// </summary>
public sealed class AccessTokenResult
{
    private AccessTokenResult(AccessToken? token, int errorCode, string? errorMessage, TransportProblem problem, int? statusCode)
    {
        Token = token;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        Problem = problem;
        StatusCode = statusCode;
    }

    /// <summary>The token; <see langword="null"/> when none could be had.</summary>
    public AccessToken? Token { get; }

    /// <summary>The non-zero <c>errcode</c> of <c>gettoken</c>, or 0 when the problem was the transport (or none).</summary>
    public int ErrorCode { get; }

    /// <summary>The <c>errmsg</c> of <c>gettoken</c>.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The transport problem, when <see cref="Token"/> is <see langword="null"/> and <see cref="ErrorCode"/> is 0.</summary>
    public TransportProblem Problem { get; }

    /// <summary>The HTTP status of a transport problem, when there was one.</summary>
    public int? StatusCode { get; }

    /// <summary>A token was issued.</summary>
    public static AccessTokenResult Issued(AccessToken token) =>
        new(token ?? throw new ArgumentNullException(nameof(token)), 0, null, default, null);

    /// <summary><c>gettoken</c> answered with a non-zero <paramref name="errorCode"/>.</summary>
    public static AccessTokenResult Refused(int errorCode, string? errorMessage) =>
        errorCode == 0
            ? throw new ArgumentOutOfRangeException(nameof(errorCode), "A refusal has a non-zero error code.")
            : new(null, errorCode, errorMessage, default, null);

    /// <summary><c>gettoken</c> could not be reached or did not answer properly.</summary>
    public static AccessTokenResult Unreachable(TransportProblem problem, int? statusCode) =>
        new(null, 0, null, problem, statusCode);
}
