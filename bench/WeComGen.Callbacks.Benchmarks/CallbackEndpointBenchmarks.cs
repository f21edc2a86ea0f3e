using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WeComGen.Callbacks.Benchmarks;

/// <summary>Whole requests through the ASP.NET Core pipeline (in-memory TestServer): what WeCom waits for.</summary>
[MemoryDiagnoser]
public class CallbackEndpointBenchmarks
{
    private const string Path = "/wecom/callback";

    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private CallbackRequestEncryptor _weCom = null!;
    private int _sequence;

    [GlobalSetup]
    public async Task Setup()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddWeComCallbacks(options =>
        {
            options.Token = Vector.Token;
            options.EncodingAesKey = Vector.EncodingAesKey;
            options.ReceiveId = Vector.ReceiveId;
            options.Crypto.TimestampTolerance = null; // the published URL verification vector was signed in 2014
        });
        _app = builder.Build();
        _app.MapWeComCallback(Path, (_, _) => Task.CompletedTask);
        await _app.StartAsync();
        _client = _app.GetTestClient();
        _weCom = new CallbackRequestEncryptor(new WeComCallbackCrypto(Vector.Token, Vector.EncodingAesKey, Vector.ReceiveId));
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>The URL verification GET, answered with the echo (WeCom allows 1 s).</summary>
    [Benchmark]
    public async Task<string> UrlVerification() =>
        await _client.GetStringAsync(Path + Vector.UrlQueryString);

    /// <summary>An add-external-contact POST with a fresh welcome code, answered <c>success</c> once queued (WeCom allows 5 s).</summary>
    [Benchmark]
    public async Task<string> AddedContactCallback()
    {
        var code = "WELCOMECODE-" + Interlocked.Increment(ref _sequence);
        var request = _weCom.Post(CallbackEventXml.ExternalContactAdded(Vector.ReceiveId, "zhangsan", "wo", DateTimeOffset.UtcNow, code));
        using var response = await _client.PostAsync(request.PathAndQuery(Path), new StringContent(request.Body!, Encoding.UTF8, "application/xml"));
        return await response.Content.ReadAsStringAsync();
    }
}
