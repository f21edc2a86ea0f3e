using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace WeComGen.Emulator.Tests.Support;

/// <summary>An emulator on loopback on a fake clock, and a plain HttpClient to talk to it.</summary>
public sealed class Harness : IAsyncDisposable
{
    private Harness(WeComEmulator emulator, FakeTimeProvider clock)
    {
        Emulator = emulator;
        Clock = clock;
    }

    public WeComEmulator Emulator { get; }

    /// <summary>The emulator's clock: token lifetimes and welcome-code windows move only when a test advances it.</summary>
    public FakeTimeProvider Clock { get; }

    public HttpClient Http { get; } = new();

    public static async Task<Harness> StartAsync(Action<WeComEmulatorOptions>? configure = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        var options = new WeComEmulatorOptions { Time = clock };
        configure?.Invoke(options);
        return new Harness(await WeComEmulator.StartAsync(options), clock);
    }

    /// <summary>Calls gettoken, with the emulator's corp ID and first app's secret unless told otherwise.</summary>
    public async Task<JsonElement> GetTokenAsync(string? corpId = null, string? secret = null)
    {
        var uri = new Uri(Emulator.BaseAddress, $"cgi-bin/gettoken?corpid={corpId ?? Emulator.CorpId}&corpsecret={secret ?? Emulator.Secret}");
        return await Http.GetFromJsonAsync<JsonElement>(uri);
    }

    /// <summary>An access token of the emulator's first app.</summary>
    public async Task<string> TokenAsync() => (await GetTokenAsync()).GetProperty("access_token").GetString()!;

    /// <summary>POSTs <paramref name="body"/> to send_welcome_msg as it is and returns the errcode it was answered with.</summary>
    public async Task<int> SendAsync(string? accessToken, string body)
    {
        var query = accessToken is null ? string.Empty : "?access_token=" + accessToken;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri(Emulator.BaseAddress, "cgi-bin/externalcontact/send_welcome_msg" + query), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errcode").GetInt32();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
