using System.Net;
using System.Text;
using System.Text.Json;

namespace WeComGen.Client.Tests.Simulation;

/// <summary>
/// WeCom as the contract describes it, in memory and on virtual time: <c>gettoken</c> issues tokens that a
/// revocation voids (40014 after it); <c>send_welcome_msg</c> delivers a code once inside its validity (41050 after,
/// 41051 once delivered, 41096 while another send distributes it). Each request meets a fault drawn from the
/// schedule's random source. What happened is kept for the invariants: when each request started, what it did,
/// and what the client was told. <c>media/upload</c> and <c>externalcontact/get</c> meet the same faults; the server
/// reads an upload's body when the request arrives and records whether it held the whole file.
/// </summary>
public sealed class ScriptedWeCom(SimClock clock, Random random, TimeSpan codeValidity, Func<string, DateTimeOffset> deadlineOf) : HttpMessageHandler
{
    private const string Busy = """{"errcode":-1,"errmsg":"system busy"}""";
    private const string Throttled = """{"errcode":45009,"errmsg":"api freq out of limit"}""";
    private readonly Dictionary<string, WelcomeCode> _codes = new();
    private readonly HashSet<string> _validTokens = new();
    private int _tokensIssued;
    private int _tokenFetchesInFlight;

    public List<string> Trace { get; } = new();

    /// <summary>Every request of send_welcome_msg that reached the server (its cancellation had not fired).</summary>
    public List<StartedSend> Sends { get; } = new();

    /// <summary>Every upload body the server read, and whether it was the whole file, framed as WeCom expects.</summary>
    public List<ReceivedUpload> Uploads { get; } = new();

    /// <summary>Every externalcontact/get request that arrived: its query, and whether it carried a body.</summary>
    public List<ReceivedGet> Gets { get; } = new();

    public int GetTokenCalls { get; private set; }

    public int MostGetTokenCallsAtOnce { get; private set; }

    public IReadOnlyDictionary<string, WelcomeCode> Codes => _codes;

    public void Issue(string code) => _codes[code] = new WelcomeCode(clock.GetUtcNow());

    public void RevokeTokens()
    {
        _validTokens.Clear();
        Record("tokens revoked");
    }

    /// <summary>Another app of the corp sends the same code (two apps configured for welcomes).</summary>
    public void SendFromAnotherApp(string code)
    {
        var state = _codes[code];
        var answer = Process(code, state, byUs: false);
        Record($"another app sends {code}: {answer}");
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<HttpResponseMessage>(cancellationToken);
        }

        var exchange = new PendingExchange(cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        if (path.EndsWith("/gettoken", StringComparison.Ordinal))
        {
            GetToken(exchange);
        }
        else if (path.EndsWith("/media/upload", StringComparison.Ordinal))
        {
            Serve(request, exchange, "upload", () => ReadUpload(request));
        }
        else if (path.EndsWith("/externalcontact/get", StringComparison.Ordinal))
        {
            Serve(request, exchange, "get", () => ReadGet(request));
        }
        else
        {
            SendWelcomeMsg(request, exchange);
        }

        return exchange.Task;
    }

    private void GetToken(PendingExchange exchange)
    {
        GetTokenCalls++;
        _tokenFetchesInFlight++;
        MostGetTokenCallsAtOnce = Math.Max(MostGetTokenCallsAtOnce, _tokenFetchesInFlight);
        exchange.Ended += () => _tokenFetchesInFlight--;
        var fault = Pick(("none", 10), ("slow", 3), ("status", 1), ("drop", 1), ("busy", 1), ("throttled", 1));
        var latency = fault == "slow" ? Between(1_000, 8_000) : Between(1, 200);
        Record($"gettoken ({fault}, {latency.TotalMilliseconds} ms)");
        clock.Schedule(latency, () =>
        {
            switch (fault)
            {
                case "status":
                    exchange.Answer(HttpStatusCode.InternalServerError, "{}");
                    break;
                case "drop":
                    exchange.Drop();
                    break;
                case "busy":
                    exchange.Answer(HttpStatusCode.OK, Busy);
                    break;
                case "throttled":
                    exchange.Answer(HttpStatusCode.OK, Throttled);
                    break;
                default:
                    var token = $"token-{++_tokensIssued}";
                    _validTokens.Add(token);
                    exchange.Answer(HttpStatusCode.OK, $$"""{"errcode":0,"errmsg":"ok","access_token":"{{token}}","expires_in":7200}""");
                    break;
            }
        });
    }

    private void SendWelcomeMsg(HttpRequestMessage request, PendingExchange exchange)
    {
        var code = WelcomeCodeOf(request);
        var token = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)["access_token"];
        var started = new StartedSend(code, clock.GetUtcNow());
        Sends.Add(started);
        var fault = Pick(
            ("none", 12), ("connect", 2), ("slow", 2), ("drop", 1), ("drop-after", 1), ("status", 1), ("status-429", 1),
            ("busy", 1), ("distributing", 1), ("throttled", 1), ("race-deadline", 2));
        var connect = fault == "connect" ? Between(500, 4_000) : Between(1, 50);
        Record($"send {code} started ({fault})");
        clock.Schedule(connect, () =>
        {
            if (exchange.Abandoned)
            {
                return; // the client gave up before the request arrived: it had no effect
            }

            if (token is null || !_validTokens.Contains(token))
            {
                exchange.Answer(HttpStatusCode.OK, """{"errcode":40014,"errmsg":"invalid access_token"}""");
                return;
            }

            if (AnswerFault(exchange, fault))
            {
                return;
            }

            if (fault == "distributing")
            {
                exchange.Answer(HttpStatusCode.OK, """{"errcode":41096,"errmsg":"welcome msg is being distributed"}""");
                return;
            }

            var answer = Process(code, _codes[code], byUs: true);
            started.Answer = answer;
            var latency = fault switch
            {
                "slow" => Between(1_000, 8_000),
                "race-deadline" => Until(deadlineOf(code)) + Between(-50, 50),
                _ => Between(1, 100),
            };
            clock.Schedule(latency < TimeSpan.Zero ? TimeSpan.Zero : latency, () =>
            {
                if (fault == "drop-after")
                {
                    exchange.Drop();
                }
                else if (exchange.Answer(HttpStatusCode.OK, $$"""{"errcode":{{answer}},"errmsg":"simulated"}"""))
                {
                    started.ToldAt = clock.GetUtcNow();
                }
            });
        });
    }

    /// <summary>
    /// A call without a credential: the request arrives after a connect delay (unless the client gave up first), is
    /// read by <paramref name="read"/>, then meets its fault or is answered 0.
    /// </summary>
    private void Serve(HttpRequestMessage request, PendingExchange exchange, string what, Func<Action> read)
    {
        var token = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)["access_token"];
        var fault = Pick(("none", 10), ("connect", 2), ("slow", 2), ("drop", 2), ("status", 1), ("status-429", 1), ("busy", 1), ("throttled", 1));
        Record($"{what} started ({fault})");
        clock.Schedule(fault == "connect" ? Between(500, 4_000) : Between(1, 50), () =>
        {
            if (exchange.Abandoned)
            {
                return; // the client gave up before the request arrived: its body was never read
            }

            var told = read();
            if (token is null || !_validTokens.Contains(token))
            {
                exchange.Answer(HttpStatusCode.OK, """{"errcode":40014,"errmsg":"invalid access_token"}""");
                return;
            }

            clock.Schedule(fault == "slow" ? Between(1_000, 8_000) : Between(1, 100), () =>
            {
                if (AnswerFault(exchange, fault))
                {
                    return;
                }

                if (exchange.Answer(HttpStatusCode.OK, """{"errcode":0,"errmsg":"ok"}"""))
                {
                    told();
                }
            });
        });
    }

    /// <summary>Answers the transport and server faults every kind of call meets; false when <paramref name="fault"/> is none of them.</summary>
    private static bool AnswerFault(PendingExchange exchange, string fault)
    {
        switch (fault)
        {
            case "drop":
                exchange.Drop();
                return true;
            case "status":
                exchange.Answer(HttpStatusCode.ServiceUnavailable, "{}");
                return true;
            case "status-429":
                exchange.Answer(HttpStatusCode.TooManyRequests, "{}");
                return true;
            case "busy":
                exchange.Answer(HttpStatusCode.OK, Busy);
                return true;
            case "throttled":
                exchange.Answer(HttpStatusCode.OK, Throttled);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Reads an upload's body as a form-data server would; returns what marks it answered 0.</summary>
    private Action ReadUpload(HttpRequestMessage request)
    {
        var boundary = request.Content!.Headers.ContentType!.Parameters.Single(p => p.Name == "boundary").Value!;
        var body = request.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        var headerEnd = body.AsSpan().IndexOf("\r\n\r\n"u8);
        var closing = Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n");
        var headers = headerEnd < 0 ? string.Empty : Encoding.UTF8.GetString(body, 0, headerEnd);
        var fileName = System.Text.RegularExpressions.Regex.Match(headers, "filename=\"([^\"]*)\"").Groups[1].Value;
        var length = System.Text.RegularExpressions.Regex.Match(headers, "filelength=([0-9]+)") is { Success: true } given ? long.Parse(given.Groups[1].Value) : (long?)null;
        var file = headerEnd < 0 || !body.AsSpan().EndsWith(closing) ? null : body[(headerEnd + 4)..^closing.Length];
        var received = new ReceivedUpload(fileName, clock.GetUtcNow(), file is not null && IsWholeFile(fileName, file) && (length ?? file.Length) == file.Length);
        Uploads.Add(received);
        Record($"upload {fileName} read ({(received.Intact ? "whole" : "NOT whole")})");
        return () => received.Succeeded = true;
    }

    /// <summary>An upload's file: the PNG signature, then zeros up to the length in its name (<c>upload-…-LENGTH.png</c>).</summary>
    private static bool IsWholeFile(string fileName, byte[] file) =>
        long.TryParse(fileName.Split('-', '.')[^2], out var length)
        && file.Length == length
        && file.AsSpan().StartsWith(PngSignature)
        && !file.AsSpan(PngSignature.Length).ContainsAnyExcept((byte)0);

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private Action ReadGet(HttpRequestMessage request)
    {
        var received = new ReceivedGet(request.RequestUri!.Query, request.Content is not null, clock.GetUtcNow());
        Gets.Add(received);
        Record($"get {received.Query} read");
        return () => received.Succeeded = true;
    }

    /// <summary>What the server does with a send of <paramref name="code"/> now, and the code it answers with.</summary>
    private int Process(string code, WelcomeCode state, bool byUs)
    {
        var now = clock.GetUtcNow();
        if (state.DeliveredBy is not null)
        {
            return 41051;
        }

        if (state.Distributing)
        {
            return 41096;
        }

        if (now >= state.IssuedAt + codeValidity)
        {
            return 41050;
        }

        state.Distributing = true;
        var distribution = Between(1, 300);
        clock.Schedule(distribution, () =>
        {
            state.Distributing = false;
            state.DeliveredBy = byUs ? "us" : "another app";
            state.DeliveredAt = clock.GetUtcNow();
            Record($"{code} delivered by {state.DeliveredBy}");
        });
        return 0;
    }

    private static string WelcomeCodeOf(HttpRequestMessage request)
    {
        using var body = request.Content!.ReadAsStream();
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("welcome_code").GetString()!;
    }

    private TimeSpan Until(DateTimeOffset moment) => moment - clock.GetUtcNow();

    private TimeSpan Between(int fromMilliseconds, int toMilliseconds) =>
        TimeSpan.FromMilliseconds(random.Next(fromMilliseconds, toMilliseconds + 1));

    private string Pick(params (string Name, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (name, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return name;
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    private void Record(string what) => Trace.Add($"{clock.GetUtcNow():HH:mm:ss.fff} {what}");

    /// <summary>A welcome code on the server.</summary>
    public sealed class WelcomeCode(DateTimeOffset issuedAt)
    {
        public DateTimeOffset IssuedAt { get; } = issuedAt;

        public bool Distributing { get; set; }

        public string? DeliveredBy { get; set; }

        public DateTimeOffset? DeliveredAt { get; set; }
    }

    /// <summary>An upload body the server read: whether it held the whole file, and whether the client was told 0 for it.</summary>
    public sealed class ReceivedUpload(string fileName, DateTimeOffset at, bool intact)
    {
        public string FileName { get; } = fileName;

        public DateTimeOffset At { get; } = at;

        public bool Intact { get; } = intact;

        public bool Succeeded { get; set; }
    }

    /// <summary>A GET the server read: its query, whether it carried a body, and whether the client was told 0 for it.</summary>
    public sealed class ReceivedGet(string query, bool hadBody, DateTimeOffset at)
    {
        public string Query { get; } = query;

        public bool HadBody { get; } = hadBody;

        public DateTimeOffset At { get; } = at;

        public bool Succeeded { get; set; }
    }

    /// <summary>A send that reached the server: when, and what it was answered (when the client heard it).</summary>
    public sealed class StartedSend(string code, DateTimeOffset at)
    {
        public string Code { get; } = code;

        public DateTimeOffset At { get; } = at;

        public int? Answer { get; set; }

        public DateTimeOffset? ToldAt { get; set; }
    }

    /// <summary>An HTTP exchange the server answers later; the client's cancellation abandons it at once.</summary>
    private sealed class PendingExchange
    {
        private readonly TaskCompletionSource<HttpResponseMessage> _answer = new();
        private readonly CancellationTokenRegistration _cancellation;

        public PendingExchange(CancellationToken cancellationToken) =>
            _cancellation = cancellationToken.Register(() =>
            {
                if (_answer.TrySetCanceled(cancellationToken))
                {
                    Ended?.Invoke();
                }
            });

        public event Action? Ended;

        public Task<HttpResponseMessage> Task => _answer.Task;

        public bool Abandoned => _answer.Task.IsCompleted;

        public bool Answer(HttpStatusCode status, string json)
        {
            var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json)) };
            return End(() => _answer.TrySetResult(response));
        }

        public void Drop() => End(() => _answer.TrySetException(new HttpRequestException("connection dropped")));

        private bool End(Func<bool> complete)
        {
            _cancellation.Dispose();
            if (!complete())
            {
                return false;
            }

            Ended?.Invoke();
            return true;
        }
    }
}
