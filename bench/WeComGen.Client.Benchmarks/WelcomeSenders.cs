using System.Net.Http.Headers;
using System.Text;
using WeComGen.ExternalContact;

namespace WeComGen.Client.Benchmarks;

/// <summary>
/// The two senders the throughput benchmarks compare, one welcome per call with a fresh code (a code is good for
/// one delivery): the client, on a request built with the factories, and a raw HttpClient posting the same bytes,
/// pre-serialized around the code.
/// </summary>
internal sealed class WelcomeSenders
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly WeComClient _client;
    private readonly string _rawUri;
    private readonly Func<string> _nextCode;
    private readonly PageMedia _media;
    private readonly byte[] _bodyStart;
    private readonly byte[] _bodyEnd;

    /// <param name="http">The HttpClient both senders use.</param>
    /// <param name="client">The client under measure, over <paramref name="http"/>.</param>
    /// <param name="rawUri">send_welcome_msg's address with a valid access token, for the raw sender.</param>
    /// <param name="nextCode">Issues a welcome code that has not been used.</param>
    /// <param name="media">The media_ids the emulator issued for the welcome's attachments.</param>
    public WelcomeSenders(HttpClient http, WeComClient client, string rawUri, Func<string> nextCode, PageMedia media)
    {
        _http = http;
        _client = client;
        _rawUri = rawUri;
        _nextCode = nextCode;
        _media = media;

        // The same bytes the generated context writes, split around the welcome code.
        var body = System.Text.Json.JsonSerializer.Serialize(PageExample.Generated("CODE", media), ExternalContactJsonContext.Default.SendWelcomeMsgRequest);
        var at = body.IndexOf("CODE", StringComparison.Ordinal);
        _bodyStart = Encoding.UTF8.GetBytes(body[..at]);
        _bodyEnd = Encoding.UTF8.GetBytes(body[(at + 4)..]);
    }

    public async Task<int> Raw()
    {
        var code = Encoding.UTF8.GetBytes(_nextCode());
        var body = new byte[_bodyStart.Length + code.Length + _bodyEnd.Length];
        _bodyStart.CopyTo(body, 0);
        code.CopyTo(body, _bodyStart.Length);
        _bodyEnd.CopyTo(body, _bodyStart.Length + code.Length);
        using var request = new HttpRequestMessage(HttpMethod.Post, _rawUri) { Content = new ByteArrayContent(body) { Headers = { ContentType = Json } } };
        using var response = await _http.SendAsync(request);
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    public async Task<bool> Client()
    {
        var outcome = await _client.SendWelcomeMsgAsync(PageExample.Generated(_nextCode(), _media));
        return outcome.IsSuccess ? true : throw new InvalidOperationException(outcome.ToString());
    }
}
