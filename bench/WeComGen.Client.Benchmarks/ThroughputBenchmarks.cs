using BenchmarkDotNet.Attributes;
using WeComGen.Emulator;
using WeComGen.Emulator.Media;

namespace WeComGen.Client.Benchmarks;

/// <summary>
/// One welcome message per operation against the emulator on loopback: the client (validate, serialize, token
/// cache, deadline and single-use bookkeeping, classify) versus a raw HttpClient posting pre-serialized bytes.
/// </summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private WeComEmulator _emulator = null!;
    private HttpClient _http = null!;
    private WelcomeSenders _senders = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        _emulator = await WeComEmulator.StartAsync();
        _http = new HttpClient();
        var client = new WeComClient(_http, new WeComClientOptions { CorpId = _emulator.CorpId, Secret = _emulator.Secret, BaseAddress = _emulator.BaseAddress });
        var token = await _http.GetStringAsync(new Uri(_emulator.BaseAddress, $"cgi-bin/gettoken?corpid={_emulator.CorpId}&corpsecret={_emulator.Secret}"));
        var accessToken = System.Text.Json.JsonDocument.Parse(token).RootElement.GetProperty("access_token").GetString();
        var rawUri = new Uri(_emulator.BaseAddress, "cgi-bin/externalcontact/send_welcome_msg?access_token=" + accessToken).AbsoluteUri;
        _senders = new WelcomeSenders(_http, client, rawUri, _emulator.IssueWelcomeCode, UploadMedia(_emulator));
    }

    /// <summary>The welcome's media, registered with the emulator: only their first bytes matter to its checks.</summary>
    private static PageMedia UploadMedia(WeComEmulator emulator) => new(
        emulator.Media.Add([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "cover.png", MediaType.Image),
        emulator.Media.Add([0, 0, 0, 0x18, .. "ftypisom"u8], "intro.mp4", MediaType.Video),
        emulator.Media.Add([.. "price list, 2026"u8], "price-list.txt", MediaType.File));

    [GlobalCleanup]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Raw HttpClient, pre-serialized bytes")]
    public Task<int> Raw() => _senders.Raw();

    [Benchmark(Description = "WeComClient.SendWelcomeMsgAsync")]
    public Task<bool> Client() => _senders.Client();
}
