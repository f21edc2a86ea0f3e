using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WeComGen.Diagnostics;
using WeComGen.Endpoints;
using WeComGen.Tokens;
using WeComGen.Uploads;
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
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CredentialLedger _ledger;
    private readonly ICredentialClaims? _claims;
    private readonly Backoff _retryBackoff;
    private readonly Backoff _throttledBackoff;
    private readonly WeComTelemetry _telemetry;
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
        : this(http, tokens, claims, options, time, logger, null, jitter: null)
    {
    }

    /// <summary>
    /// Creates a client that records its metrics and spans through <paramref name="telemetry"/> (the host's meter factory);
    /// without it, through a meter and activity source of the process.
    /// </summary>
    public WeComClient(HttpClient http, IAccessTokenSource tokens, ICredentialClaims? claims, WeComClientOptions options, TimeProvider? time, ILogger<WeComClient>? logger, WeComTelemetry? telemetry)
        : this(http, tokens, claims, options, time, logger, telemetry, jitter: null)
    {
    }

    /// <summary>A client whose backoff jitter comes from <paramref name="jitter"/>, so that a seeded run replays exactly.</summary>
    internal WeComClient(HttpClient http, IAccessTokenSource tokens, ICredentialClaims? claims, WeComClientOptions options, TimeProvider? time, ILogger<WeComClient>? logger, WeComTelemetry? telemetry, Random? jitter)
    {
        _claims = claims;
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _ledger = new CredentialLedger(_time, options.CredentialSafetyMargin);
        _retryBackoff = new Backoff(options.RetryBaseDelay, options.RetryMaxDelay, jitter);
        _throttledBackoff = new Backoff(options.ThrottledBaseDelay, options.ThrottledMaxDelay, jitter);
        _telemetry = telemetry ?? WeComTelemetry.Default;
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

        var started = _time.GetTimestamp();

        // Whether the server would accept it is all the send needs; a refusal reports the warnings too.
        if (!endpoint.Validate(request, ViolationSeverity.Error).IsValid)
        {
            var violations = endpoint.Validate(request, ViolationSeverity.Info);
            return Task.FromResult(Settle(endpoint, new WeComOutcome<TResponse>.Failed(new WeComFailure.InvalidRequest(violations), 0), started));
        }

        return endpoint.Body == RequestBody.Multipart
            ? UploadAsync(endpoint, request, started, cancellationToken)
            : BeginAsync(endpoint, request, null, started, cancellationToken);
    }

    /// <summary>
    /// Checks the request's files (size, content) before anything else: a file that breaks its rule or cannot be read
    /// ends the call with no request sent, no credential claimed and no token fetched.
    /// </summary>
    private async Task<WeComOutcome<TResponse>> UploadAsync<TRequest, TResponse>(
        EndpointDescriptor<TRequest, TResponse> endpoint,
        TRequest request,
        long started,
        CancellationToken cancellationToken)
        where TRequest : class
        where TResponse : class
    {
        var (upload, failure) = await Upload.CheckAsync(endpoint.FileParts, request, cancellationToken).ConfigureAwait(false);
        return failure is not null
            ? Settle(endpoint, new WeComOutcome<TResponse>.Failed(failure, 0), started)
            : await BeginAsync(endpoint, request, upload, started, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Claims the request's event credential, if it has one, and runs the call.</summary>
    private Task<WeComOutcome<TResponse>> BeginAsync<TRequest, TResponse>(
        EndpointDescriptor<TRequest, TResponse> endpoint,
        TRequest request,
        Upload? upload,
        long started,
        CancellationToken cancellationToken)
        where TRequest : class
        where TResponse : class
    {
        var credential = endpoint.GetCredential?.Invoke(request);
        if (credential is null)
        {
            return RunAsync(endpoint, request, upload, null, started, cancellationToken);
        }

        var claim = _ledger.Begin(endpoint.Path, credential, endpoint.CredentialValidity, endpoint.CredentialSingleUse);
        return claim.Refusal is { } refusal
            ? Task.FromResult(Settle(endpoint, new WeComOutcome<TResponse>.Failed(refusal, 0), started))
            : RunAsync(endpoint, request, upload, claim, started, cancellationToken);
    }

    /// <summary>
    /// Sends until an answer settles the call, then releases the credential and logs the outcome. Waiting for a token,
    /// every attempt and every backoff end at the credential's deadline, on the client's clock: no attempt starts
    /// after it, and the call returns at it whatever the token source, the network or the server do. An upload's body
    /// is built anew for each attempt (its files opened or rewound); a stream that cannot be rewound is sent once.
    /// </summary>
    private async Task<WeComOutcome<TResponse>> RunAsync<TRequest, TResponse>(
        EndpointDescriptor<TRequest, TResponse> endpoint,
        TRequest request,
        Upload? upload,
        CredentialLedger.Claim? claim,
        long started,
        CancellationToken cancellationToken)
        where TRequest : class
        where TResponse : class
    {
        var deadline = claim?.Deadline;
        var json = endpoint.Body == RequestBody.Json ? JsonSerializer.SerializeToUtf8Bytes(request, endpoint.RequestTypeInfo) : null;
        var query = QueryString.Of(endpoint.GetQuery?.Invoke(request));
        var attemptTimeout = upload is null ? _options.AttemptTimeout : _options.UploadAttemptTimeout;
        var method = endpoint.Method switch { "POST" => HttpMethod.Post, "GET" => HttpMethod.Get, _ => new HttpMethod(endpoint.Method) };
        var call = new CallProgress<TResponse>(_options, _retryBackoff, _throttledBackoff);

        // Every return below assigns the outcome, which the finally block settles the credential with.
        WeComOutcome<TResponse>? outcome = null;
        var shared = false;
        var span = _telemetry.StartCall(endpoint.Name);
        try
        {
            if (_claims is not null && claim is { IsHeld: true } held)
            {
                if (await ClaimSharedAsync(endpoint, held, cancellationToken).ConfigureAwait(false) is { } refusal)
                {
                    return outcome = call.Fail(refusal);
                }

                shared = true;
            }

            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (deadline <= _time.GetUtcNow())
                {
                    return outcome = call.Fail(PastDeadline(claim!.Value, call.Last));
                }

                if (call.AttemptsSpent)
                {
                    return outcome = call.Fail(new WeComFailure.RetriesExhausted(call.Attempts, call.Last!));
                }

                AccessTokenResult? got = null;
                if (endpoint.AccessTokenQueryParameter is not null
                    && (got = await TokenAsync(deadline, cancellationToken).ConfigureAwait(false)) is null)
                {
                    return outcome = call.Fail(PastDeadline(claim!.Value, call.Last)); // the deadline came while waiting for it
                }

                // Waiting for the token counted against the window.
                var now = _time.GetUtcNow();
                if (deadline <= now)
                {
                    return outcome = call.Fail(PastDeadline(claim!.Value, call.Last));
                }

                AnswerMeaning<TResponse> meaning;
                AccessToken? token = null;
                if (got is { Token: null })
                {
                    meaning = AnswerMeaning<TResponse>.OfToken(got, endpoint.Errors);
                }
                else
                {
                    token = got?.Token;
                    MultipartUpload? multipart = null;
                    if (upload is not null)
                    {
                        (multipart, var unreadable) = upload.Open();
                        if (unreadable is not null)
                        {
                            return outcome = call.Fail(unreadable);
                        }
                    }

                    call.Attempted();
                    ClientLog.Attempt(_logger, endpoint.Name, call.Attempts, endpoint.Method, endpoint.Path);

                    // An attempt still unanswered at the deadline times out then; a timeout leaves no time to retry.
                    var timeout = deadline is { } closesAt && closesAt - now < attemptTimeout ? closesAt - now : attemptTimeout;
                    var content = multipart ?? (json is null ? null : WeComHttp.JsonBody(json));
                    Exchange<TResponse> exchange;
                    using (HttpSpans.StepAside(span))
                    {
                        exchange = await WeComHttp.SendAsync(
                            _http, WeComHttp.Request(method, AddressOf(endpoint, token, query), content), endpoint.ResponseTypeInfo, timeout, _time, cancellationToken)
                            .ConfigureAwait(false);
                    }

                    if (multipart?.Problem is { } fileProblem)
                    {
                        return outcome = call.Fail(fileProblem); // the file, not the server, ended the attempt
                    }

                    meaning = AnswerMeaning<TResponse>.Of(endpoint, exchange);
                    _telemetry.Attempted(endpoint.Name, span, call.Attempts, deadline - now, exchange, meaning);
                    if (meaning.Error is { } error)
                    {
                        ClientLog.Answered(_logger, endpoint.Name, error.Code, error.Action);
                    }
                }

                var next = call.Next(meaning, token, _time.GetUtcNow(), deadline);
                if (next.Kind is StepKind.RefreshToken or StepKind.BackOff && upload is { CanResend: false })
                {
                    if (next.Kind == StepKind.RefreshToken)
                    {
                        _tokens.Invalidate(token!);
                    }

                    return outcome = call.Fail(new WeComFailure.UploadNotRepeatable(upload.NotResendable, call.Last!));
                }

                switch (next.Kind)
                {
                    case StepKind.Finish:
                        return outcome = next.Outcome!;
                    case StepKind.WindowClosed:
                        return outcome = call.Fail(PastDeadline(claim!.Value, call.Last));
                    case StepKind.RefreshToken:
                        ClientLog.RefreshingToken(_logger, endpoint.Name);
                        _telemetry.RefreshingToken(endpoint.Name);
                        _tokens.Invalidate(token!);
                        break;
                    default:
                        ClientLog.BackingOff(_logger, endpoint.Name, call.Last!.Message, next.Delay, call.Attempts);
                        _telemetry.Retrying(endpoint.Name, call.Last);
                        await TaskCompat.Delay(_time, next.Delay, cancellationToken).ConfigureAwait(false);
                        break;
                }
            }
        }
        finally
        {
            // A cancelled call has no outcome and frees the credential for a later call.
            claim?.End(outcome is not null && IsDefinite(outcome));
            if (shared)
            {
                await EndSharedAsync(endpoint.Path, claim!.Value, outcome is not null && IsDefinite(outcome)).ConfigureAwait(false);
            }

            if (outcome is not null)
            {
                Log(endpoint, outcome);
            }

            _telemetry.Ended(endpoint.Name, outcome, cancellationToken.IsCancellationRequested, _time.GetElapsedTime(started), span);
        }
    }

    /// <summary>
    /// An access token, or <see langword="null"/> when <paramref name="deadline"/> came while waiting for one. The
    /// source is asked with a token that is cancelled at the deadline, and the wait ends then even for a source that
    /// does not honour it; a token at hand costs no timer.
    /// </summary>
    private async ValueTask<AccessTokenResult?> TokenAsync(DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        if (deadline is not { } closesAt)
        {
            return await _tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        }

        using var window = new TimedCancellation(_time, cancellationToken);
        var pending = _tokens.GetAsync(window.Token);
        if (pending.IsCompleted)
        {
            return pending.Result;
        }

        window.CancelAfter(closesAt - _time.GetUtcNow());
        try
        {
            return await TaskCompat.WaitAsync(pending.AsTask(), window.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (window.Elapsed(cancellationToken))
        {
            return null;
        }
    }

    /// <summary>
    /// Claims a single-use credential beyond this client (other instances), waiting no later than its deadline:
    /// <see langword="null"/> when the claim is this call's, else why the call must not send it.
    /// </summary>
    private async ValueTask<WeComFailure?> ClaimSharedAsync<TRequest, TResponse>(EndpointDescriptor<TRequest, TResponse> endpoint, CredentialLedger.Claim claim, CancellationToken cancellationToken)
        where TRequest : class
        where TResponse : class
    {
        using var window = new TimedCancellation(_time, cancellationToken);
        if (claim.Deadline is { } closesAt)
        {
            window.CancelAfter(closesAt - _time.GetUtcNow());
        }

        try
        {
            var found = await _claims!.ClaimAsync(endpoint.Path, claim.Code!.Value, endpoint.CredentialValidity, window.Token).ConfigureAwait(false);
            return found == CredentialClaimResult.Claimed ? null : new WeComFailure.CredentialAlreadyUsed(claim.Code.ToString(), found == CredentialClaimResult.InFlight);
        }
        catch (OperationCanceledException) when (window.Elapsed(cancellationToken))
        {
            return PastDeadline(claim, null);
        }
    }

    /// <summary>
    /// Ends a shared claim, so other instances see the credential settled or free as soon as this call returns; but
    /// the outcome waits for the shared store no later than the credential's deadline (its trouble never makes a call
    /// late: the claim then ends in the background, or lapses with the credential's validity).
    /// </summary>
    private async Task EndSharedAsync(string endpointPath, CredentialLedger.Claim claim, bool settled)
    {
        var ending = EndSharedClaimAsync(endpointPath, claim.Code!.Value, settled);
        if (claim.Deadline is not { } closesAt)
        {
            await ending.ConfigureAwait(false);
            return;
        }

        using var window = new TimedCancellation(_time, closesAt - _time.GetUtcNow(), CancellationToken.None);
        try
        {
            await TaskCompat.WaitAsync(ending, window.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The deadline came first: the outcome goes out; the claim's end carries on.
        }
    }

    /// <summary>Ends a shared claim; a failure is logged, never thrown into the call, which already has its outcome.</summary>
    private async Task EndSharedClaimAsync(string endpointPath, string credential, bool settled)
    {
        try
        {
            await _claims!.EndAsync(endpointPath, credential, settled).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            ClientLog.SharedClaimNotEnded(_logger, endpointPath, e.GetType().Name);
        }
    }

    private static WeComFailure.DeadlinePassed PastDeadline(CredentialLedger.Claim claim, WeComFailure? last) =>
        new(claim.Code!.ToString(), claim.Deadline!.Value, last);

    /// <summary>The endpoint's absolute address with the token and then the request's <paramref name="query"/> members in its query string.</summary>
    private Uri AddressOf<TRequest, TResponse>(EndpointDescriptor<TRequest, TResponse> endpoint, AccessToken? token, string? query)
        where TRequest : class
        where TResponse : class
    {
        var address = AddressOf(endpoint, token);
        return query is null ? address : new Uri(address.OriginalString + (token is null ? "?" : "&") + query, UriKind.Absolute);
    }

    /// <summary>
    /// The endpoint's absolute address with the token in its query string. Built once per token: the last one
    /// is kept, since a client mostly calls one endpoint with one token for hours.
    /// </summary>
    private Uri AddressOf<TRequest, TResponse>(EndpointDescriptor<TRequest, TResponse> endpoint, AccessToken? token)
        where TRequest : class
        where TResponse : class
    {
        var last = Volatile.Read(ref _lastAddress);
        if (last is not null && ReferenceEquals(last.Endpoint, endpoint) && ReferenceEquals(last.Token, token))
        {
            return last.Uri;
        }

        var prefix = WeComHttp.Prefix(ApiAddress.ForEndpoint(_options.BaseAddress, endpoint.Name, endpoint.BaseAddress));
        var uri = new Uri(token is null ? prefix + endpoint.Path : $"{prefix}{endpoint.Path}?{endpoint.AccessTokenQueryParameter}={Uri.EscapeDataString(token.Value)}", UriKind.Absolute);
        Volatile.Write(ref _lastAddress, new Address(endpoint, token, uri));
        return uri;
    }

    /// <summary>Whether the server gave an answer that settles a single-use credential for good.</summary>
    private static bool IsDefinite<TResponse>(WeComOutcome<TResponse> outcome)
        where TResponse : class =>
        outcome.IsSuccess || outcome.Failure is WeComFailure.CredentialExpired or WeComFailure.DeadlinePassed;

    /// <summary>Logs and records a call that ended before it was sent.</summary>
    private WeComOutcome<TResponse> Settle<TRequest, TResponse>(EndpointDescriptor<TRequest, TResponse> endpoint, WeComOutcome<TResponse> outcome, long started)
        where TRequest : class
        where TResponse : class
    {
        _telemetry.Ended(endpoint.Name, outcome, cancelled: false, _time.GetElapsedTime(started), span: null);
        return Log(endpoint, outcome);
    }

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
    private sealed class Address(object endpoint, AccessToken? token, Uri uri)
    {
        public object Endpoint { get; } = endpoint;

        public AccessToken? Token { get; } = token;

        public Uri Uri { get; } = uri;
    }
}
