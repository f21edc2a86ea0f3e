using WeComGen.Endpoints;
using WeComGen.Tokens;

namespace WeComGen.Client;

/// <summary>What an answer means for a call, read against the endpoint's error table.</summary>
internal enum AnswerKind
{
    /// <summary><c>errcode</c> 0: the call had its effect.</summary>
    Sent,

    /// <summary>An action <c>delivered</c> code (41051): an earlier call had the effect.</summary>
    AlreadyDelivered,

    /// <summary>An action <c>refresh-token</c> code: the access token was refused.</summary>
    TokenRefused,

    /// <summary>A problem that may clear up by itself: worth another attempt while time and limits allow.</summary>
    Transient,

    /// <summary>A problem another attempt cannot mend.</summary>
    Final,
}

/// <summary>
/// The first of a call's two steps after each attempt: what the answer (or the lack of one) means. The second,
/// <see cref="CallProgress{TResponse}.Next"/>, decides what the call does about it.
/// </summary>
internal readonly struct AnswerMeaning<TResponse>
    where TResponse : class
{
    private AnswerMeaning(AnswerKind kind, TResponse? response, ApiError? error, WeComFailure? failure)
    {
        Kind = kind;
        Response = response;
        Error = error;
        Failure = failure;
    }

    public AnswerKind Kind { get; }

    /// <summary>The server's answer, when it gave one.</summary>
    public TResponse? Response { get; }

    /// <summary>The endpoint's error code, when it answered with one.</summary>
    public ApiError? Error { get; }

    /// <summary>The failure the answer stands for, unless the call succeeded.</summary>
    public WeComFailure? Failure { get; }

    /// <summary>What an exchange with the endpoint means.</summary>
    public static AnswerMeaning<TResponse> Of<TRequest>(EndpointDescriptor<TRequest, TResponse> endpoint, Exchange<TResponse> exchange)
        where TRequest : class
    {
        if (exchange.Body is not { } response)
        {
            return Problem(new WeComFailure.TransportFailure(endpoint.Name, exchange.Problem, exchange.StatusCode), null);
        }

        var error = ApiError.Read(endpoint.Errors, endpoint.Name, endpoint.GetErrorCode(response), endpoint.GetErrorMessage(response));
        return error.Action switch
        {
            ErrorAction.Ok => new(AnswerKind.Sent, response, error, null),
            ErrorAction.Delivered => new(AnswerKind.AlreadyDelivered, response, error, null),
            ErrorAction.RefreshToken => new(AnswerKind.TokenRefused, response, error, FailureFor(error)),
            _ => Problem(FailureFor(error), error),
        };
    }

    /// <summary>
    /// Why no access token could be had. <c>gettoken</c>'s error codes are read with the calling endpoint's table;
    /// they are not the endpoint's answers, so they do not count against its per-code retry limits.
    /// </summary>
    public static AnswerMeaning<TResponse> OfToken(AccessTokenResult result, ErrorTable errors) =>
        Problem(
            result.ErrorCode != 0
                ? FailureFor(ApiError.Read(errors, WeComAccessTokenSource.EndpointName, result.ErrorCode, result.ErrorMessage))
                : new WeComFailure.TransportFailure(WeComAccessTokenSource.EndpointName, result.Problem, result.StatusCode),
            null);

    /// <summary>The failure an error code stands for, by its action in the table.</summary>
    private static WeComFailure FailureFor(ApiError error) => error.Action switch
    {
        ErrorAction.Expired => new WeComFailure.CredentialExpired(error),
        ErrorAction.Configuration => new WeComFailure.Misconfigured(error),
        ErrorAction.Retry or ErrorAction.Throttled => new WeComFailure.ServerBusy(error),
        ErrorAction.RefreshToken => new WeComFailure.TokenRejected(error),
        _ => new WeComFailure.Rejected(error),
    };

    private static AnswerMeaning<TResponse> Problem(WeComFailure failure, ApiError? error) =>
        new(failure.IsTransient ? AnswerKind.Transient : AnswerKind.Final, null, error, failure);
}
