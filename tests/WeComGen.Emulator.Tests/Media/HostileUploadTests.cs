using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using WeComGen.Emulator.Tests.Support;

namespace WeComGen.Emulator.Tests.Media;

/// <summary>Whatever comes over the wire, an upload gets a WeCom answer or a closed connection, and the emulator goes on.</summary>
public sealed class HostileUploadTests
{
    private const string Upload = "cgi-bin/media/upload?type=file";

    [Fact]
    public async Task A_part_far_over_the_limit_is_refused_without_being_read_and_the_emulator_goes_on()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();

        var errcode = await ErrCodeOrClosedAsync(() => harness.UploadAsync(Upload, token, new byte[64 << 20], "huge.bin"));

        Assert.True(errcode is 45001 or null, $"45001 or a closed connection, not {errcode}");
        Assert.Equal(0, (await harness.UploadAsync(Upload, token, [1, 2, 3, 4, 5, 6], "after.bin")).GetProperty("errcode").GetInt32());
    }

    [Theory]
    [InlineData("--B\r\nContent-Disposition: form-data; name=\"media\"; filename=\"cut.bin\"\r\n\r\n0123456789")]
    [InlineData("--B\r\nContent-Disposition: form-data; name=\"media\"; filename=\"cut.bin\"\r\n")]
    [InlineData("--B\r\nContent-Disposition: form-data; name=\"me")]
    [InlineData("--B")]
    [InlineData("no multipart framing at all")]
    public async Task A_truncated_or_malformed_body_gets_44001(string body)
    {
        await using var harness = await Harness.StartAsync();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=B");

        var answer = await harness.PostAsync(Upload, await harness.TokenAsync(), content);

        Assert.Equal(44001, answer.GetProperty("errcode").GetInt32());
    }

    [Theory]
    [InlineData("multipart/form-data")]
    [InlineData("multipart/form-data; boundary=")]
    [InlineData("multipart/form-data; boundary=" + "0123456789012345678901234567890123456789012345678901234567890123456789X")]
    [InlineData("text/plain")]
    public async Task A_content_type_without_a_usable_boundary_gets_44001(string contentType)
    {
        await using var harness = await Harness.StartAsync();
        using var content = new ByteArrayContent([1, 2, 3, 4, 5, 6]);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var answer = await harness.PostAsync(Upload, await harness.TokenAsync(), content);

        Assert.Equal(44001, answer.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task Endless_part_headers_get_44001()
    {
        await using var harness = await Harness.StartAsync();
        var body = "--B\r\nContent-Disposition: form-data; name=\"media\"; filename=\"a.bin\"\r\nX-Padding: " + new string('x', 100_000) + "\r\n\r\n123456\r\n--B--\r\n";
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=B");

        var answer = await harness.PostAsync(Upload, await harness.TokenAsync(), content);

        Assert.Equal(44001, answer.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task A_client_that_goes_away_mid_upload_leaves_the_emulator_answering()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        using (var client = new TcpClient())
        {
            await client.ConnectAsync(harness.Emulator.BaseAddress.Host, harness.Emulator.BaseAddress.Port);
            var head = $"POST /{Upload}&access_token={token} HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: 1000000\r\n\r\n--B\r\nContent-Disposition: form-data; name=\"media\"; filename=\"a.bin\"\r\n\r\n0123";
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head));
        }

        Assert.Equal(0, (await harness.UploadAsync(Upload, token, [1, 2, 3, 4, 5, 6], "after.bin")).GetProperty("errcode").GetInt32());
    }

    private static async Task<int?> ErrCodeOrClosedAsync(Func<Task<System.Text.Json.JsonElement>> upload)
    {
        try
        {
            return (await upload()).GetProperty("errcode").GetInt32();
        }
        catch (HttpRequestException)
        {
            // The emulator answered and closed the connection while the client was still sending.
            return null;
        }
    }
}
