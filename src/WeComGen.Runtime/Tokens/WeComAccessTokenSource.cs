using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WeComGen.Client;
using WeComGen.Diagnostics;

namespace WeComGen.Tokens;

/// <summary>
/// Calls <c>gettoken</c> for one (corp ID, secret) pair and caches the token in memory until
/// <c>expires_in</c> minus <see cref="WeComClientOptions.TokenRefreshMargin"/>. However many callers wait,
/// one refresh is in flight; a refresh is not cancelled when one waiter gives up.
/// </summary>
public sealed class WeComAccessTokenSource : IAccessTokenSource, IAccessTokenStatusSource
{
    /// <summary>The endpoint's name in messages, failures and health reports.</summary>
    public const string EndpointName = "gettoken";
    private const string Path = "/cgi-bin/gettoken";

    private readonly HttpClient _http;
    private readonly Uri? _baseAddress;
    private readonly string _query;
    private Uri? _uri;
    private readonly TimeSpan _refreshMargin;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly WeComTelemetry _telemetry;
    private readonly object _gate = new();
    private CachedToken? _cached;
    private Task<AccessTokenResult>? _refresh;
    private AccessTokenStatus _status = AccessTokenStatus.NotNeededYet;
    private int _fetches;

    /// <summary>Creates a source that calls <c>gettoken</c> with <paramref name="options"/>' corp ID and secret.</summary>
    public WeComAccessTokenSource(HttpClient http, WeComClientOptions options, TimeProvider? time = null, ILogger<WeComAccessTokenSource>? logger = null)
        : this(http, options, time, logger, null)
    {
    }

    /// <summary>
    /// Creates a source that records its calls of <c>gettoken</c> through <paramref name="telemetry"/> (the host's meter
    /// factory); without it, through a meter of the process.
    /// </summary>
    public WeComAccessTokenSource(HttpClient http, WeComClientOptions options, TimeProvider? time, ILogger<WeComAccessTokenSource>? logger, WeComTelemetry? telemetry)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        options.Validate();
        if (string.IsNullOrEmpty(options.CorpId) || string.IsNullOrEmpty(options.Secret))
        {
            throw new ArgumentException("CorpId and Secret are required to call gettoken.", nameof(options));
        }

        _baseAddress = options.BaseAddress;
        _query = $"?corpid={Uri.EscapeDataString(options.CorpId)}&corpsecret={Uri.EscapeDataString(options.Secret)}";
        _refreshMargin = options.TokenRefreshMargin;
        _timeout = options.AttemptTimeout;
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _telemetry = telemetry ?? WeComTelemetry.Default;
    }

    /// <summary>How many times this source has called <c>gettoken</c>.</summary>
    public int Fetches => Volatile.Read(ref _fetches);

    /// <inheritdoc/>
    public AccessTokenStatus Status => Volatile.Read(ref _status);

    /// <inheritdoc/>
    public ValueTask<AccessTokenResult> GetAsync(CancellationToken cancellationToken)
    {
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && cached.IsFresh(_time))
        {
            return new ValueTask<AccessTokenResult>(cached.Result);
        }

        TaskCompletionSource<AccessTokenResult>? started = null;
        Task<AccessTokenResult> refresh;
        lock (_gate)
        {
            cached = _cached;
            if (cached is not null && cached.IsFresh(_time))
            {
                return new ValueTask<AccessTokenResult>(cached.Result);
            }

            if (_refresh is null)
            {
                started = new TaskCompletionSource<AccessTokenResult>();
                _refresh = started.Task;
            }

            refresh = _refresh;
        }

        // The caller that started the refresh runs it up to its first wait, outside the lock and on its own thread:
        // no thread-pool hop, and a refresh that completes at once cannot clear the shared task before it is set.
        if (started is not null)
        {
            _ = RefreshAsync(started);
        }

        // Each caller stops waiting at its own cancellation (its deadline); the shared refresh goes on for the others.
        return new ValueTask<AccessTokenResult>(TaskCompat.WaitAsync(refresh, cancellationToken));
    }

    /// <inheritdoc/>
    public void Invalidate(AccessToken rejected)
    {
        if (rejected is null)
        {
            throw new ArgumentNullException(nameof(rejected));
        }

        lock (_gate)
        {
            if (ReferenceEquals(_cached?.Result.Token, rejected))
            {
                _cached = null;
                _status = _status with { ExpiresAt = null };
                TokenLog.Invalidated(_logger);
            }
        }
    }

    /// <summary>Fetches a token, caches it, and only then completes the refresh its waiters share.</summary>
    private async Task RefreshAsync(TaskCompletionSource<AccessTokenResult> refresh)
    {
        try
        {
            var (result, refreshAt) = await FetchAsync().ConfigureAwait(false);
            lock (_gate)
            {
                if (result.Token is { } token)
                {
                    _cached = new CachedToken(result, refreshAt);
                    _status = new AccessTokenStatus(token.ExpiresAt, null, null);
                }
                else
                {
                    // The token held before, if any, is kept in the status until it expires: calls refresh it first.
                    _status = _status with { LastFailure = result, FailedAt = _time.GetUtcNow() };
                }

                _refresh = null;
            }

            refresh.SetResult(result);
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _refresh = null;
            }

            refresh.SetException(e);
        }
    }

    /// <summary>Calls <c>gettoken</c>: the result, and when an issued token is to be refreshed.</summary>
    private async Task<(AccessTokenResult Result, DateTimeOffset RefreshAt)> FetchAsync()
    {
        Interlocked.Increment(ref _fetches);
        TokenLog.Fetching(_logger, Path);
        var issuedAt = _time.GetUtcNow();
        // Resolved at the first fetch: by then the generated contract that sends has registered its base address.
        _uri ??= new Uri(WeComHttp.Prefix(ApiAddress.ForTokens(_baseAddress)) + Path + _query, UriKind.Absolute);
        var exchange = await WeComHttp.SendAsync(
            _http, WeComHttp.Request(HttpMethod.Get, _uri, null), TokenJsonContext.Default.GetTokenAnswer, _timeout, _time, CancellationToken.None)
            .ConfigureAwait(false);
        var result = Read(exchange, issuedAt);
        _telemetry.Fetched(result);
        if (result.Token is not { } token)
        {
            LogFailure(result);
            return (result, issuedAt);
        }

        TokenLog.Fetched(_logger, token.ExpiresAt);

        // The margin before expiry, or half the token's life when that is shorter.
        return (result, token.ExpiresAt - Min(_refreshMargin, TimeSpan.FromTicks((token.ExpiresAt - issuedAt).Ticks / 2)));
    }

    private void LogFailure(AccessTokenResult result)
    {
        if (result.ErrorCode != 0)
        {
            TokenLog.Refused(_logger, Path, result.ErrorCode, result.ErrorMessage);
        }
        else
        {
            TokenLog.Unreachable(_logger, Path, result.Problem, result.StatusCode);
        }
    }

    private static AccessTokenResult Read(Exchange<GetTokenAnswer> exchange, DateTimeOffset issuedAt)
    {
        if (exchange.Body is not { } answer)
        {
            return AccessTokenResult.Unreachable(exchange.Problem, exchange.StatusCode);
        }

        if (answer.ErrCode != 0)
        {
            return AccessTokenResult.Refused(answer.ErrCode, answer.ErrMsg);
        }

        return string.IsNullOrEmpty(answer.AccessToken) || answer.ExpiresIn <= 0
            ? AccessTokenResult.Unreachable(TransportProblem.MalformedResponse, null)
            : AccessTokenResult.Issued(new AccessToken(answer.AccessToken!, issuedAt + TimeSpan.FromSeconds(answer.ExpiresIn)));
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private sealed class CachedToken(AccessTokenResult result, DateTimeOffset refreshAt)
    {
        public AccessTokenResult Result { get; } = result;

        public bool IsFresh(TimeProvider time) => time.GetUtcNow() < refreshAt;
    }
}
