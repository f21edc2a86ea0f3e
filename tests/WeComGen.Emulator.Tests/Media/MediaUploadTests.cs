using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using WeComGen.Emulator.Faults;
using WeComGen.Emulator.Media;
using WeComGen.Emulator.Tests.Support;

namespace WeComGen.Emulator.Tests.Media;

/// <summary>media/upload as its page says: a multipart part named media, more than 5 bytes, within the type's size and format, valid three days.</summary>
public sealed class MediaUploadTests
{
    private const string Upload = "cgi-bin/media/upload";

    private static readonly byte[] Mp4 = [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8];
    private static readonly byte[] Amr = [.. "#!AMR\n"u8, 0x3C, 0x48, 0xF5, 0x1F];

    [Fact]
    public async Task An_image_uploaded_as_curl_sends_it_answers_a_media_id_with_created_at_as_a_string_and_is_kept()
    {
        await using var harness = await Harness.StartAsync();
        var png = Harness.WelcomePng;

        var answer = await harness.UploadAsync(Upload + "?type=image", await harness.TokenAsync(), png, "welcome.png", contentType: "image/png");

        Assert.Equal((0, "", "image"), (answer.GetProperty("errcode").GetInt32(), answer.GetProperty("errmsg").GetString(), answer.GetProperty("type").GetString()));
        Assert.Equal(JsonValueKind.String, answer.GetProperty("created_at").ValueKind);
        Assert.Equal(harness.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), answer.GetProperty("created_at").GetString());
        var kept = harness.Emulator.Media.Find(answer.GetProperty("media_id").GetString()!)!;
        Assert.Equal(("welcome.png", "image/png", png.Length, MediaType.Image), (kept.FileName, kept.ContentType, kept.Size, kept.Type));
        Assert.Equal(harness.Clock.GetUtcNow() + TimeSpan.FromDays(3), kept.ExpiresAt);
        Assert.Equal(png, await harness.Http.GetByteArrayAsync(new Uri(harness.Emulator.BaseAddress, "emulator/media/" + kept.MediaId)));
    }

    [Fact]
    public async Task Curl_itself_uploads_a_file_to_the_standalone_routes()
    {
        if (!File.Exists("/usr/bin/curl"))
        {
            Assert.Fail("curl is not installed at /usr/bin/curl: install it with `apt-get install -y curl`.");
        }

        await using var harness = await Harness.StartAsync();
        var file = Path.Combine(AppContext.BaseDirectory, "welcome.png");
        var url = new Uri(harness.Emulator.BaseAddress, $"{Upload}?access_token={await harness.TokenAsync()}&type=image");
        var curl = new ProcessStartInfo("/usr/bin/curl") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-s", "-F", "media=@" + file, url.AbsoluteUri })
        {
            curl.ArgumentList.Add(argument);
        }

        using var process = Process.Start(curl)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        var answer = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, answer.GetProperty("errcode").GetInt32());
        Assert.Equal("welcome.png", harness.Emulator.Media.Find(answer.GetProperty("media_id").GetString()!)!.FileName);
    }

    [Fact]
    public async Task The_pages_own_example_part_with_filelength_is_taken_as_is()
    {
        await using var harness = await Harness.StartAsync();
        var body = "--BOUNDARY\r\nContent-Disposition: form-data; name=\"media\";filename=\"wework.txt\"; filelength=6\r\nContent-Type: application/octet-stream\r\n\r\nmytext\r\n--BOUNDARY--\r\n";
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=BOUNDARY");

        var answer = await harness.PostAsync(Upload + "?type=file", await harness.TokenAsync(), content);

        Assert.Equal(0, answer.GetProperty("errcode").GetInt32());
        var kept = harness.Emulator.Media.Find(answer.GetProperty("media_id").GetString()!)!;
        Assert.Equal(("wework.txt", 6L, MediaType.File), (kept.FileName, kept.Size, kept.Type));
    }

    public static TheoryData<string, byte[], string, int> Refusals() => new()
    {
        { "type=picture", Harness.WelcomePng, "welcome.png", 40005 },
        { "type=Image", Harness.WelcomePng, "welcome.png", 40005 },
        { "", Harness.WelcomePng, "welcome.png", 40005 },
        { "type=file", [1, 2, 3, 4], "four.bin", 40006 },
        { "type=file", [1, 2, 3, 4, 5], "five.bin", 40006 },
        { "type=image", "this is a text file, not a picture"u8.ToArray(), "notes.png", 40123 },
        { "type=image", Mp4, "clip.png", 40123 },
        { "type=voice", Mp4, "clip.amr", 40004 },
        { "type=video", Amr, "voice.mp4", 40004 },
        { "type=image", [.. Harness.WelcomePng, .. new byte[(10 << 20) + 1 - Harness.WelcomePng.Length]], "huge.png", 45001 },
        { "type=voice", [.. Amr, .. new byte[(2 << 20) + 1 - Amr.Length]], "long.amr", 45001 },
    };

    [Theory]
    [MemberData(nameof(Refusals), DisableDiscoveryEnumeration = true)] // megabytes of data: built when the test runs, not at discovery
    public async Task A_file_the_page_does_not_allow_is_refused_with_its_code_and_nothing_is_kept(string query, byte[] bytes, string fileName, int errcode)
    {
        await using var harness = await Harness.StartAsync();

        var answer = await harness.UploadAsync(Upload + "?" + query, await harness.TokenAsync(), bytes, fileName);

        Assert.Equal(errcode, answer.GetProperty("errcode").GetInt32());
        Assert.False(answer.TryGetProperty("media_id", out _));
    }

    [Theory]
    [InlineData(10 << 20, "type=image")]
    [InlineData(2 << 20, "type=voice")]
    [InlineData(10 << 20, "type=video")]
    [InlineData(20 << 20, "type=file")]
    public async Task A_file_of_exactly_the_types_limit_is_taken(int size, string query)
    {
        await using var harness = await Harness.StartAsync();
        byte[] start = query switch { "type=image" => Harness.WelcomePng[..16], "type=voice" => Amr, "type=video" => Mp4, _ => [1, 2, 3, 4, 5, 6] };
        var bytes = new byte[size];
        start.CopyTo(bytes, 0);

        var answer = await harness.UploadAsync(Upload + "?" + query, await harness.TokenAsync(), bytes, "limit.bin");

        Assert.Equal(0, answer.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task A_request_without_a_part_named_media_gets_44001()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();

        var wrongName = await harness.UploadAsync(Upload + "?type=image", token, Harness.WelcomePng, "welcome.png", partName: "file");
        using var noParts = new MultipartFormDataContent();
        var empty = await harness.PostAsync(Upload + "?type=image", token, noParts);
        var json = await harness.PostAsync(Upload + "?type=image", token, new StringContent("""{"media":"welcome.png"}""", Encoding.UTF8, "application/json"));

        Assert.Equal([44001, 44001, 44001], new[] { wrongName, empty, json }.Select(a => a.GetProperty("errcode").GetInt32()));
    }

    [Fact]
    public async Task Tokens_are_checked_first_as_for_every_api()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        var png = Harness.WelcomePng;

        var missing = await harness.UploadAsync(Upload + "?type=image", null, png, "a.png");
        var forged = await harness.UploadAsync(Upload + "?type=image", "forged", png, "a.png");
        harness.Clock.Advance(harness.Emulator.Options.TokenLifetime);
        var expired = await harness.UploadAsync(Upload + "?type=image", token, png, "a.png");
        var fresh = await harness.TokenAsync();
        harness.Emulator.RevokeTokens();
        var revoked = await harness.UploadAsync("cgi-bin/media/uploadimg", fresh, png, "a.png");

        Assert.Equal([41001, 40014, 42001, 40014], new[] { missing, forged, expired, revoked }.Select(a => a.GetProperty("errcode").GetInt32()));
    }

    [Fact]
    public async Task Injected_faults_apply_to_the_upload_apis()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        harness.Emulator.InjectFaults(EmulatedEndpoint.MediaUpload, new EmulatorFault.ErrorCode(-1));
        harness.Emulator.InjectFaults(EmulatedEndpoint.MediaUploadImg, new EmulatorFault.HttpStatus(503));

        var busy = await harness.UploadAsync(Upload + "?type=image", token, Harness.WelcomePng, "a.png");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Harness.WelcomePng), "media", "a.png" } };
        using var unavailable = await harness.Http.PostAsync(new Uri(harness.Emulator.BaseAddress, "cgi-bin/media/uploadimg?access_token=" + token), form);
        var after = await harness.UploadAsync(Upload + "?type=image", token, Harness.WelcomePng, "a.png");

        Assert.Equal(-1, busy.GetProperty("errcode").GetInt32());
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal(0, after.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task A_test_registers_media_without_http_checked_as_the_upload_checks_them()
    {
        await using var harness = await Harness.StartAsync();
        var media = harness.Emulator.Media;

        var id = media.Add(Harness.WelcomePng, "封面 cover.png", MediaType.Image);

        Assert.Equal("封面 cover.png", media.Find(id)!.FileName);
        Assert.Contains("40123", Assert.Throws<ArgumentException>(() => media.Add("not a picture"u8.ToArray(), "a.png", MediaType.Image)).Message);
        Assert.Contains("40006", Assert.Throws<ArgumentException>(() => media.Add([1, 2, 3, 4], "a.bin", MediaType.File)).Message);
    }
}
