using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WeComGen.Endpoints;
using WeComGen.Tokens;

namespace WeComGen.Client;

/// <summary>
/// Calls the endpoints of a schema the way their contract means: validates before sending, keeps an event
/// credential's call inside its validity window and to one use, retries only what the error table calls
/// transient, refreshes a refused access token once, and ends every call in a typed <see cref="WeComOutcome{TResponse}"/>.
/// Thread-safe; keep one per app (its single-use guard is per client).
/// </summary>
public sealed class WeComClient
{
    private readonly HttpClient _http;
    private readonly IAccessTokenSource _tokens;
    private readonly WeComClientOptions _options;
    private readonly string _prefix;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CredentialLedger _ledger;
    private readonly Backoff _retryBackoff;
    private readonly Backoff _throttledBackoff;

    /// <summary>Creates a client that gets access tokens from <c>gettoken</c> with the corp ID and secret in <paramref name="options"/>.</summary>
    public WeComClient(HttpClient http, WeComClientOptions options, TimeProvider? time = null, ILoggerFactory? loggers = null)
        : this(http, new WeComAccessTokenSource(http, options, time, loggers?.CreateLogger<WeComAccessTokenSource>()), options, time, loggers?.CreateLogger<WeComClient>())
    {
    }

    /// <summary>Creates a client that gets access tokens from <paramref name="tokens"/> (a shared cache, say).</summary>
    public WeComClient(HttpClient http, IAccessTokenSource tokens, WeComClientOptions options, TimeProvider? time = null, ILogger<WeComClient>? logger = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
        _prefix = WeComHttp.Prefix(options.BaseAddress);
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _ledger = new CredentialLedger(_time, options.CredentialSafetyMargin);
        _retryBackoff = new Backoff(options.RetryBaseDelay, options.RetryMaxDelay);
        _throttledBackoff = new Backoff(options.ThrottledBaseDelay, options.ThrottledMaxDelay);
    }

    /// <summary>
    /// Validates, sends and classifies one call of <paramref name="endpoint"/>. Server and network trouble ends
    /// in a <see cref="WeComOutcome{TResponse}.Failed"/> outcome; cancelling <paramref name="cancellationToken"/>
    /// throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<WeComOutcome<TResponse>> SendAsync<TRequest, TResponse>(
        EndpointDescriptor<TRequest, TResponse> endpoint,
        TRequest request,
        CancellationToken cancellationToken = default)
        where TRequest : class
        where TResponse : class
    {
        if (endpoint is null)
        {
            throw new ArgumentNullException(nameof(endpoint));
        }

        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var validation = endpoint.Validate(request);
        if (!validation.IsValid)
        {
            return Finish(endpoint, new WeComOutcome<TResponse>.Failed(new WeComFailure.InvalidRequest(validation), 0));
        }

        var credential = endpoint.GetCredential?.Invoke(request);
        if (credential is null)
        {
            return Finish(endpoint, await RunAsync(endpoint, request, null, cancellationToken).ConfigureAwait(false));
        }

        var claim = _ledger.Begin(endpoint.Path, credential, endpoint.CredentialValidity, endpoint.CredentialSingleUse);
        if (claim.Refusal is { } refusal)
        {
            return Finish(endpoint, new WeComOutcome<TResponse>.Failed(refusal, 0));
        }

        var settled = false;
        try
        {
            var outcome = await RunAsync(endpoint, request, claim, cancellationToken).ConfigureAwait(false);
            settled = IsDefinite(outcome);
            return Finish(endpoint, outcome);
        }
        finally
        {
            claim.End(settled);
        }
    }

    private async Task<WeComOutcome<TResponse>> RunAsync<TRequest, TResponse>(
        EndpointDescriptor<TRequest, TResponse> endpoint,
        TRequest request,
        CredentialLedger.Claim? claim,
        CancellationToken cancellationToken)
        where TRequest : class
        where TResponse : class
    {
        var deadline = claim?.Deadline;
        var body = JsonSerializer.SerializeToUtf8Bytes(request, endpoint.RequestTypeInfo);
        var method = endpoint.Method == "POST" ? HttpMethod.Post : new HttpMethod(endpoint.Method);
        var attempts = 0;
        var retries = 0;
        var tokenRefreshed = false;
        Dictionary<int, int>? retriesByCode = null;
        WeComFailure? last = null;

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = _time.GetUtcNow();
            if (deadline is { } closesAt && now >= closesAt)
            {
                return Fail(new WeComFailure.DeadlinePassed(claim!.Value.Code!.ToString(), closesAt, last));
            }

            // After a token refresh, which retries without a backoff.
            if (last is not null && attempts >= _options.MaxAttempts)
            {
                return Fail(new WeComFailure.RetriesExhausted(attempts, last));
            }

            WeComFailure? problem = null;
            AccessToken? token = null;
            if (endpoint.AccessTokenQueryParameter is not null)
            {
                var got = await _tokens.GetAsync(cancellationToken).ConfigureAwait(false);
                token = got.Token;
                if (token is null)
                {
                    problem = TokenFailure(got, endpoint.Errors);
                }
            }

            if (problem is null)
            {
                attempts++;
                ClientLog.Attempt(_logger, endpoint.Name, attempts, endpoint.Method, endpoint.Path);
                var uri = token is null
                    ? _prefix + endpoint.Path
                    : $"{_prefix}{endpoint.Path}?{endpoint.AccessTokenQueryParameter}={Uri.EscapeDataString(token.Value)}";
                var timeout = deadline is { } d && d - now < _options.AttemptTimeout ? d - now : _options.AttemptTimeout;
                var exchange = await WeComHttp.SendAsync(_http, WeComHttp.Request(method, uri, body), endpoint.ResponseTypeInfo, timeout, cancellationToken)
                    .ConfigureAwait(false);
                if (exchange.Body is not { } response)
                {
                    problem = new WeComFailure.TransportFailure(endpoint.Name, exchange.Problem, exchange.StatusCode);
                }
                else
                {
                    var error = ApiError.Read(endpoint.Errors, endpoint.Name, endpoint.GetErrorCode(response), endpoint.GetErrorMessage(response));
                    ClientLog.Answered(_logger, endpoint.Name, error.Code, error.Action);
                    switch (error.Action)
                    {
                        case ErrorAction.Ok:
                            return new WeComOutcome<TResponse>.Sent(response, attempts);
                        case ErrorAction.Delivered:
                            return new WeComOutcome<TResponse>.AlreadyDelivered(response, error, attempts);
                        case ErrorAction.RefreshToken when !tokenRefreshed && token is not null:
                            ClientLog.RefreshingToken(_logger, endpoint.Name);
                            _tokens.Invalidate(token);
                            tokenRefreshed = true;
                            last = FailureFor(error);
                            continue;
                        case ErrorAction.Retry or ErrorAction.Throttled:
                            retriesByCode ??= new Dictionary<int, int>();
                            retriesByCode.TryGetValue(error.Code, out var used);
                            if (error.Info?.RetryLimit is { } limit && used >= limit)
                            {
                                return Fail(new WeComFailure.RetriesExhausted(attempts, FailureFor(error)));
                            }

                            retriesByCode[error.Code] = used + 1;
                            problem = FailureFor(error);
                            break;
                        default:
                            return Fail(FailureFor(error));
                    }
                }
            }

            if (!problem.IsTransient)
            {
                return Fail(problem);
            }

            last = problem;

            // Rounds are bounded as well as attempts: a gettoken outage makes no attempts of the endpoint.
            if (attempts >= _options.MaxAttempts || retries + 1 >= _options.MaxAttempts)
            {
                return Fail(new WeComFailure.RetriesExhausted(attempts, last));
            }

            var delay = (IsThrottled(problem) ? _throttledBackoff : _retryBackoff).Delay(retries++);
            if (deadline is { } end && _time.GetUtcNow() + delay >= end)
            {
                return Fail(new WeComFailure.DeadlinePassed(claim!.Value.Code!.ToString(), end, last));
            }

            ClientLog.BackingOff(_logger, endpoint.Name, problem.Message, delay, attempts);
            await TaskCompat.Delay(_time, delay, cancellationToken).ConfigureAwait(false);
        }

        WeComOutcome<TResponse> Fail(WeComFailure failure) => new WeComOutcome<TResponse>.Failed(failure, attempts);
    }

    /// <summary>The failure an error code stands for, by its action in the table.</summary>
    private static WeComFailure FailureFor(ApiError error) => error.Action switch
    {
        ErrorAction.Expired => new WeComFailure.CredentialExpired(error),
        ErrorAction.Configuration => new WeComFailure.Misconfigured(error),
        ErrorAction.Retry or ErrorAction.Throttled => new WeComFailure.ServerBusy(error),
        ErrorAction.RefreshToken => new WeComFailure.TokenRejected(error),
        _ => new WeComFailure.Rejected(error),
    };

    /// <summary>Why no token could be had; <c>gettoken</c>'s error codes are read with the calling endpoint's table.</summary>
    private static WeComFailure TokenFailure(AccessTokenResult result, ErrorTable errors) =>
        result.ErrorCode != 0
            ? FailureFor(ApiError.Read(errors, WeComAccessTokenSource.EndpointName, result.ErrorCode, result.ErrorMessage))
            : new WeComFailure.TransportFailure(WeComAccessTokenSource.EndpointName, result.Problem, result.StatusCode);

    private static bool IsThrottled(WeComFailure problem) => problem switch
    {
        WeComFailure.ServerBusy busy => busy.Error.Action == ErrorAction.Throttled,
        WeComFailure.TransportFailure transport => transport.Problem == TransportProblem.TooManyRequests,
        _ => false,
    };

    /// <summary>Whether the server gave an answer that settles a single-use credential for good.</summary>
    private static bool IsDefinite<TResponse>(WeComOutcome<TResponse> outcome)
        where TResponse : class =>
        outcome.IsSuccess || outcome.Failure is WeComFailure.CredentialExpired or WeComFailure.DeadlinePassed;

    private WeComOutcome<TResponse> Finish<TRequest, TResponse>(EndpointDescriptor<TRequest, TResponse> endpoint, WeComOutcome<TResponse> outcome)
        where TRequest : class
        where TResponse : class
    {
        if (outcome.IsSuccess)
        {
            ClientLog.Succeeded(_logger, endpoint.Name, outcome.ToString()!);
        }
        else
        {
            ClientLog.Failed(_logger, endpoint.Name, outcome.ToString()!);
        }

        return outcome;
    }
}
