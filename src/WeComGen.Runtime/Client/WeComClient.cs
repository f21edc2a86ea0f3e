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
using WeComGen.Validation;

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
    private readonly ICredentialClaims? _claims;
    private readonly Backoff _retryBackoff;
    private readonly Backoff _throttledBackoff;
    private Address? _lastAddress;

    /// <summary>Creates a client that gets access tokens from <c>gettoken</c> with the corp ID and secret in <paramref name="options"/>.</summary>
    public WeComClient(HttpClient http, WeComClientOptions options, TimeProvider? time = null, ILoggerFactory? loggers = null)
        : this(http, new WeComAccessTokenSource(http, options, time, loggers?.CreateLogger<WeComAccessTokenSource>()), options, time, loggers?.CreateLogger<WeComClient>())
    {
    }

    /// <summary>Creates a client that gets access tokens from <paramref name="tokens"/> (a shared cache, say).</summary>
    public WeComClient(HttpClient http, IAccessTokenSource tokens, WeComClientOptions options, TimeProvider? time = null, ILogger<WeComClient>? logger = null)
        : this(http, tokens, null, options, time, logger)
    {
    }

    /// <summary>Creates a client that also claims single-use credentials in <paramref name="claims"/>, shared with other instances.</summary>
    public WeComClient(HttpClient http, IAccessTokenSource tokens, ICredentialClaims? claims, WeComClientOptions options, TimeProvider? time = null, ILogger<WeComClient>? logger = null)
    {
        _claims = claims;
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
    public Task<WeComOutcome<TResponse>> SendAsync<TRequest, TResponse>(
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

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<WeComOutcome<TResponse>>(cancellationToken);
        }

        // Whether the server would accept it is all the send needs; a refusal reports the warnings too.
        if (!endpoint.Validate(request, ViolationSeverity.Error).IsValid)
        {
            var violations = endpoint.Validate(request, ViolationSeverity.Info);
            return Task.FromResult(Log(endpoint, new WeComOutcome<TResponse>.Failed(new WeComFailure.InvalidRequest(violations), 0)));
        }

        var credential = endpoint.GetCredential?.Invoke(request);
        if (credential is null)
        {
            return RunAsync(endpoint, request, null, cancellationToken);
        }

        var claim = _ledger.Begin(endpoint.Path, credential, endpoint.CredentialValidity, endpoint.CredentialSingleUse);
        return claim.Refusal is { } refusal
            ? Task.FromResult(Log(endpoint, new WeComOutcome<TResponse>.Failed(refusal, 0)))
            : RunAsync(endpoint, request, claim, cancellationToken);
    }

    /// <summary>Sends until an answer settles the call, then releases the credential and logs the outcome.</summary>
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

        // Every return below assigns the outcome, which the finally block settles the credential with.
        WeComOutcome<TResponse>? outcome = null;
        var shared = false;
        try
        {
            if (_claims is not null && claim is { IsHeld: true } held)
            {
                var found = await _claims.ClaimAsync(endpoint.Path, held.Code!.Value, endpoint.CredentialValidity, cancellationToken).ConfigureAwait(false);
                shared = found == CredentialClaimResult.Claimed;
                if (!shared)
                {
                    return outcome = Fail(new WeComFailure.CredentialAlreadyUsed(held.Code.ToString(), found == CredentialClaimResult.InFlight));
                }
            }

            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var now = _time.GetUtcNow();
                if (deadline is { } closesAt && now >= closesAt)
                {
                    return outcome = Fail(new WeComFailure.DeadlinePassed(claim!.Value.Code!.ToString(), closesAt, last));
                }

                // After a token refresh, which retries without a backoff.
                if (last is not null && attempts >= _options.MaxAttempts)
                {
                    return outcome = Fail(new WeComFailure.RetriesExhausted(attempts, last));
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
                    var timeout = deadline is { } d && d - now < _options.AttemptTimeout ? d - now : _options.AttemptTimeout;
                    var exchange = await WeComHttp.SendAsync(_http, WeComHttp.Request(method, AddressOf(endpoint.Path, endpoint.AccessTokenQueryParameter, token), body), endpoint.ResponseTypeInfo, timeout, cancellationToken)
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
                                return outcome = new WeComOutcome<TResponse>.Sent(response, attempts);
                            case ErrorAction.Delivered:
                                return outcome = new WeComOutcome<TResponse>.AlreadyDelivered(response, error, attempts);
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
                                    return outcome = Fail(new WeComFailure.RetriesExhausted(attempts, FailureFor(error)));
                                }

                                retriesByCode[error.Code] = used + 1;
                                problem = FailureFor(error);
                                break;
                            default:
                                return outcome = Fail(FailureFor(error));
                        }
                    }
                }

                if (!problem.IsTransient)
                {
                    return outcome = Fail(problem);
                }

                last = problem;

                // Rounds are bounded as well as attempts: a gettoken outage makes no attempts of the endpoint.
                if (attempts >= _options.MaxAttempts || retries + 1 >= _options.MaxAttempts)
                {
                    return outcome = Fail(new WeComFailure.RetriesExhausted(attempts, last));
                }

                var delay = (IsThrottled(problem) ? _throttledBackoff : _retryBackoff).Delay(retries++);
                if (deadline is { } end && _time.GetUtcNow() + delay >= end)
                {
                    return outcome = Fail(new WeComFailure.DeadlinePassed(claim!.Value.Code!.ToString(), end, last));
                }

                ClientLog.BackingOff(_logger, endpoint.Name, problem.Message, delay, attempts);
                await TaskCompat.Delay(_time, delay, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // A cancelled call has no outcome and frees the credential for a later call.
            claim?.End(outcome is not null && IsDefinite(outcome));
            if (shared)
            {
                await _claims!.EndAsync(endpoint.Path, claim!.Value.Code!.Value, outcome is not null && IsDefinite(outcome)).ConfigureAwait(false);
            }

            if (outcome is not null)
            {
                Log(endpoint, outcome);
            }
        }

        WeComOutcome<TResponse> Fail(WeComFailure failure) => new WeComOutcome<TResponse>.Failed(failure, attempts);
    }

    /// <summary>
    /// The endpoint's absolute address with the token in its query string. Built once per token: the last one
    /// is kept, since a client mostly calls one endpoint with one token for hours.
    /// </summary>
    private Uri AddressOf(string path, string? tokenParameter, AccessToken? token)
    {
        var last = Volatile.Read(ref _lastAddress);
        if (last is not null && last.Path == path && ReferenceEquals(last.Token, token))
        {
            return last.Uri;
        }

        var uri = new Uri(token is null ? _prefix + path : $"{_prefix}{path}?{tokenParameter}={Uri.EscapeDataString(token.Value)}", UriKind.Absolute);
        Volatile.Write(ref _lastAddress, new Address(path, token, uri));
        return uri;
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

    private WeComOutcome<TResponse> Log<TRequest, TResponse>(EndpointDescriptor<TRequest, TResponse> endpoint, WeComOutcome<TResponse> outcome)
        where TRequest : class
        where TResponse : class
    {
        if (outcome.IsSuccess)
        {
            ClientLog.Succeeded(_logger, endpoint.Name, outcome);
        }
        else
        {
            ClientLog.Failed(_logger, endpoint.Name, outcome);
        }

        return outcome;
    }

    /// <summary>An endpoint's address for one access token. Not a record: a record's ToString would show the token.</summary>
    private sealed class Address(string path, AccessToken? token, Uri uri)
    {
        public string Path { get; } = path;

        public AccessToken? Token { get; } = token;

        public Uri Uri { get; } = uri;
    }
}
