using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using WeComGen.Emulator;
using WeComGen.ExternalContact;

namespace WeComGen.Client.Benchmarks;

/// <summary>
/// One welcome message per operation against the emulator on loopback: the client (validate, serialize, token
/// cache, deadline and single-use bookkeeping, classify) versus a raw HttpClient posting pre-serialized bytes.
/// Each operation uses a fresh welcome code, since a code is good for one delivery.
/// </summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private WeComEmulator _emulator = null!;
    private HttpClient _http = null!;
    private WeComClient _client = null!;
    private string _rawUri = null!;
    private byte[] _bodyStart = null!;
    private byte[] _bodyEnd = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        _emulator = await WeComEmulator.StartAsync();
        _http = new HttpClient();
        _client = new WeComClient(_http, new WeComClientOptions { CorpId = _emulator.CorpId, Secret = _emulator.Secret, BaseAddress = _emulator.BaseAddress });
        var token = await _http.GetStringAsync(new Uri(_emulator.BaseAddress, $"cgi-bin/gettoken?corpid={_emulator.CorpId}&corpsecret={_emulator.Secret}"));
        var accessToken = System.Text.Json.JsonDocument.Parse(token).RootElement.GetProperty("access_token").GetString();
        _rawUri = new Uri(_emulator.BaseAddress, "cgi-bin/externalcontact/send_welcome_msg?access_token=" + accessToken).AbsoluteUri;

        // The same bytes the generated context writes, split around the welcome code.
        var body = System.Text.Json.JsonSerializer.Serialize(PageExample.Generated("CODE"), ExternalContactJsonContext.Default.SendWelcomeMsgRequest);
        var at = body.IndexOf("CODE", StringComparison.Ordinal);
        _bodyStart = Encoding.UTF8.GetBytes(body[..at]);
        _bodyEnd = Encoding.UTF8.GetBytes(body[(at + 4)..]);
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Raw HttpClient, pre-serialized bytes")]
    public async Task<int> Raw()
    {
        var code = Encoding.UTF8.GetBytes(_emulator.IssueWelcomeCode());
        var body = new byte[_bodyStart.Length + code.Length + _bodyEnd.Length];
        _bodyStart.CopyTo(body, 0);
        code.CopyTo(body, _bodyStart.Length);
        _bodyEnd.CopyTo(body, _bodyStart.Length + code.Length);
        using var request = new HttpRequestMessage(HttpMethod.Post, _rawUri) { Content = new ByteArrayContent(body) { Headers = { ContentType = Json } } };
        using var response = await _http.SendAsync(request);
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    [Benchmark(Description = "WeComClient.SendWelcomeMsgAsync")]
    public async Task<bool> Client()
    {
        var outcome = await _client.SendWelcomeMsgAsync(PageExample.Generated(_emulator.IssueWelcomeCode()));
        return outcome.IsSuccess ? true : throw new InvalidOperationException(outcome.ToString());
    }
}
