using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace WeComGen.Client.Benchmarks;

/// <summary>
/// The client's own work per welcome, without a network: the same two senders as <see cref="ThroughputBenchmarks"/>
/// against a handler that answers from memory, so what is left is what the client adds over a raw HttpClient
/// (validation, serialization, token cache, deadline and single-use bookkeeping, classification). Loopback
/// figures on a shared machine vary by more than this whole difference; these do not.
/// </summary>
[MemoryDiagnoser]
public class OverheadBenchmarks
{
    private static readonly Uri BaseAddress = new("http://wecom.invalid/");

    private HttpClient _http = null!;
    private WelcomeSenders _senders = null!;
    private long _codes;

    [GlobalSetup]
    public void Start()
    {
        _http = new HttpClient(new AnsweringHandler());
        var client = new WeComClient(_http, new WeComClientOptions { CorpId = "wwcorp", Secret = "secret", BaseAddress = BaseAddress });
        var rawUri = new Uri(BaseAddress, "cgi-bin/externalcontact/send_welcome_msg?access_token=" + AnsweringHandler.AccessToken).AbsoluteUri;
        _senders = new WelcomeSenders(_http, client, rawUri, NextCode, PageMedia.Placeholders);
    }

    [GlobalCleanup]
    public void Stop() => _http.Dispose();

    [Benchmark(Baseline = true, Description = "Raw HttpClient, pre-serialized bytes")]
    public Task<int> Raw() => _senders.Raw();

    [Benchmark(Description = "WeComClient.SendWelcomeMsgAsync")]
    public Task<bool> Client() => _senders.Client();

    [Benchmark(Description = "Validate() alone")]
    public bool Validate() => PageExample.Generated("CODE").Validate().IsValid;

    // Codes as the emulator issues them: unique, so each call is a first use.
    private string NextCode() => "WELCOME" + Interlocked.Increment(ref _codes).ToString("D16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Answers gettoken and send_welcome_msg as the server does when all is well.</summary>
    private sealed class AnsweringHandler : HttpMessageHandler
    {
        public const string AccessToken = "ACCESS_TOKEN_FROM_MEMORY";
        private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
        private static readonly byte[] Token = Encoding.UTF8.GetBytes($$"""{"errcode":0,"errmsg":"ok","access_token":"{{AccessToken}}","expires_in":7200}""");
        private static readonly byte[] Sent = Encoding.UTF8.GetBytes("""{"errcode":0,"errmsg":"ok"}""");

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var answer = request.RequestUri!.AbsolutePath.EndsWith("/gettoken", StringComparison.Ordinal) ? Token : Sent;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(answer) { Headers = { ContentType = Json } } });
        }
    }
}
