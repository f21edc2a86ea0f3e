using System.Collections.Concurrent;
using System.Net;
using System.Text;
using WeComGen.Tokens;

namespace WeComGen.Client.Tests.Support;

/// <summary>One request as it went on the wire: its method, path and query, content headers and body.</summary>
public sealed record WireRequest(string Method, string PathAndQuery, string? ContentType, long? ContentLength, byte[]? Body)
{
    /// <summary>The multipart boundary of the Content-Type.</summary>
    public string Boundary => ContentType!.Split("boundary=")[1];

    /// <summary>Whether the body could not be read to its end (the client aborted it).</summary>
    public bool Aborted { get; init; }
}

/// <summary>
/// An HttpMessageHandler that reads each request's body to its end as a server would, records it, and answers with
/// the next scripted <c>errcode</c> (0 once the script is spent), or fails the connection where scripted.
/// </summary>
public sealed class WireRecorder : HttpMessageHandler
{
    /// <summary>Scripted for an attempt: fail the connection before reading the body.</summary>
    public const int DropBeforeBody = int.MinValue;

    private readonly ConcurrentQueue<int> _answers;

    public WireRecorder(params int[] answers) => _answers = new ConcurrentQueue<int>(answers);

    public ConcurrentQueue<WireRequest> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var answer = _answers.TryDequeue(out var scripted) ? scripted : 0;
        var content = request.Content;
        var seen = new WireRequest(request.Method.Method, request.RequestUri!.PathAndQuery, content?.Headers.ContentType?.ToString(), content?.Headers.ContentLength, null);
        if (answer == DropBeforeBody)
        {
            Requests.Enqueue(seen with { Aborted = true });
            throw new HttpRequestException("connection reset");
        }

        try
        {
            seen = seen with { Body = content is null ? null : await content.ReadAsByteArrayAsync(cancellationToken) };
        }
        catch (Exception e) when (e is IOException or HttpRequestException) // HttpContent wraps the body's IOException
        {
            Requests.Enqueue(seen with { Aborted = true });
            throw;
        }

        Requests.Enqueue(seen);
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($$"""{"errcode":{{answer}},"errmsg":"scripted"}""", Encoding.UTF8, "application/json"),
        };
    }
}

/// <summary>Access tokens <c>token-1</c>, <c>token-2</c>, …: a new one after each invalidation; counts what it is asked.</summary>
public sealed class CountingTokens : IAccessTokenSource
{
    private int _issued;
    private AccessToken? _current;

    public int Requests { get; private set; }

    public int Invalidations { get; private set; }

    public ValueTask<AccessTokenResult> GetAsync(CancellationToken cancellationToken)
    {
        Requests++;
        _current ??= new AccessToken($"token-{++_issued}", DateTimeOffset.MaxValue);
        return ValueTask.FromResult(AccessTokenResult.Issued(_current));
    }

    public void Invalidate(AccessToken rejected)
    {
        Invalidations++;
        if (ReferenceEquals(rejected, _current))
        {
            _current = null;
        }
    }
}

/// <summary>A client of <see cref="WireRecorder"/> with <see cref="CountingTokens"/>, on a test clock that skips waits.</summary>
public sealed class WireClient : IDisposable
{
    public WireClient(params int[] answers)
    {
        Recorder = new WireRecorder(answers);
        Http = new HttpClient(Recorder);
        Client = new WeComClient(Http, Tokens, new WeComClientOptions { BaseAddress = new Uri("https://qyapi.test/") }, new TestClock { SkipWaits = true });
    }

    public WireRecorder Recorder { get; }

    public CountingTokens Tokens { get; } = new();

    public HttpClient Http { get; }

    public WeComClient Client { get; }

    public void Dispose() => Http.Dispose();
}
