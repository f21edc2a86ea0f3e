using System.Text;
using WeComGen.Client.Tests.Support;
using WeComGen.Uploads;

namespace WeComGen.Client.Tests.Uploads;

/// <summary>An upload on the wire is WeCom's example part: name, filename, filelength, Content-Type, then the file's bytes.</summary>
public sealed class UploadWireTests : IDisposable
{
    private static readonly byte[] Image = Signatures.Png.Then("IHDR-and-more"u8.ToArray());

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_file_travels_as_one_media_part_after_the_type_in_the_query()
    {
        using var wire = new WireClient();
        var path = _files.Write("logo.png", Image);

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = WeComFile.FromPath(path) });

        Assert.True(outcome.IsSuccess, outcome.ToString());
        var sent = Assert.Single(wire.Recorder.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/cgi-bin/media/upload?access_token=token-1&type=image", sent.PathAndQuery);
        Assert.StartsWith("multipart/form-data; boundary=", sent.ContentType);
        AssertBody(
            sent,
            "--BOUNDARY\r\n"
            + "Content-Disposition: form-data; name=\"media\"; filename=\"logo.png\"; filelength=21\r\n"
            + "Content-Type: application/octet-stream\r\n"
            + "\r\n",
            Image,
            "\r\n--BOUNDARY--\r\n");
        Assert.Equal(sent.Body!.Length, sent.ContentLength);
    }

    [Fact]
    public async Task A_chinese_name_travels_as_utf8_and_quotes_and_line_breaks_percent_encoded()
    {
        using var wire = new WireClient();
        var stream = new MemoryStream(Image);

        await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = WeComFile.FromStream(stream, "产品\"图\"\r\n.png", "image/png") });

        AssertBody(
            Assert.Single(wire.Recorder.Requests),
            "--BOUNDARY\r\n"
            + "Content-Disposition: form-data; name=\"media\"; filename=\"产品%22图%22%0D%0A.png\"; filelength=21\r\n"
            + "Content-Type: image/png\r\n"
            + "\r\n",
            Image,
            "\r\n--BOUNDARY--\r\n");
    }

    [Fact]
    public async Task A_stream_is_sent_from_its_position_and_left_open()
    {
        using var wire = new WireClient();
        var stream = new MemoryStream([.. "skip"u8.ToArray(), .. Image]) { Position = 4 };

        await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = WeComFile.FromStream(stream, "a.png") });

        AssertBody(
            Assert.Single(wire.Recorder.Requests),
            "--BOUNDARY\r\nContent-Disposition: form-data; name=\"media\"; filename=\"a.png\"; filelength=21\r\nContent-Type: application/octet-stream\r\n\r\n",
            Image,
            "\r\n--BOUNDARY--\r\n");
        Assert.True(stream.CanRead);
    }

    [Fact]
    public async Task A_stream_of_unknown_length_is_sent_chunked_without_filelength()
    {
        using var wire = new WireClient();
        var voice = Signatures.Amr.Then(new byte[100]);

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "voice", Media = WeComFile.FromStream(new OneWayStream(voice, voice.Length), "hello.amr") });

        Assert.True(outcome.IsSuccess, outcome.ToString());
        var sent = Assert.Single(wire.Recorder.Requests);
        Assert.Null(sent.ContentLength);
        AssertBody(
            sent,
            "--BOUNDARY\r\nContent-Disposition: form-data; name=\"media\"; filename=\"hello.amr\"\r\nContent-Type: application/octet-stream\r\n\r\n",
            voice,
            "\r\n--BOUNDARY--\r\n");
    }

    [Fact]
    public async Task Each_request_has_a_boundary_of_its_own()
    {
        using var wire = new WireClient();
        var path = _files.Write("logo.png", Image);

        await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = WeComFile.FromPath(path) });
        await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = WeComFile.FromPath(path) });

        var boundaries = wire.Recorder.Requests.Select(r => r.Boundary).ToArray();
        Assert.Equal(2, boundaries.Distinct().Count());
    }

    /// <summary>The body is exactly <paramref name="opening"/>, the file's bytes and <paramref name="closing"/>, with the request's boundary for BOUNDARY.</summary>
    internal static void AssertBody(WireRequest sent, string opening, byte[] file, string closing)
    {
        var expected = Encoding.UTF8.GetBytes(opening.Replace("BOUNDARY", sent.Boundary))
            .Concat(file)
            .Concat(Encoding.UTF8.GetBytes(closing.Replace("BOUNDARY", sent.Boundary)))
            .ToArray();
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(sent.Body!)); // readable when it differs
        Assert.Equal(expected, sent.Body);
    }
}
