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

    /// <summary>The picture the upload tests send: a real PNG, 200 by 130 pixels.</summary>
    public static byte[] WelcomePng => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "welcome.png"));

    /// <summary>
    /// POSTs one file part to <paramref name="path"/> (<c>cgi-bin/media/upload?type=…</c> or <c>cgi-bin/media/uploadimg</c>)
    /// as curl -F does, with the access token added, and returns WeCom's answer.
    /// </summary>
    public async Task<JsonElement> UploadAsync(string path, string? accessToken, byte[] bytes, string fileName, string partName = "media", string contentType = "application/octet-stream")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, partName, fileName);
        return await PostAsync(path, accessToken, form);
    }

    /// <summary>POSTs <paramref name="content"/> to <paramref name="path"/> with the access token added; WeCom's JSON answer.</summary>
    public async Task<JsonElement> PostAsync(string path, string? accessToken, HttpContent content)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var uri = new Uri(Emulator.BaseAddress, accessToken is null ? path : path + separator + "access_token=" + accessToken);
        using var response = await Http.PostAsync(uri, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Uploads <paramref name="bytes"/> as a temporary media of <paramref name="type"/>; its media_id.</summary>
    public async Task<string> UploadMediaAsync(string type, byte[] bytes, string fileName)
    {
        var answer = await UploadAsync($"cgi-bin/media/upload?type={type}", await TokenAsync(), bytes, fileName);
        Assert.Equal(0, answer.GetProperty("errcode").GetInt32());
        return answer.GetProperty("media_id").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
