using WeComGen.Client.Tests.Support;
using WeComGen.Uploads;

namespace WeComGen.Client.Tests.Uploads;

/// <summary>An upload's body is rebuilt for every attempt: a refreshed token or a retry sends the whole file again.</summary>
public sealed class UploadRetryTests : IDisposable
{
    private static readonly byte[] Image = Signatures.Jpeg.Then(Enumerable.Range(0, 200_000).Select(i => (byte)i).ToArray());

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string> Sources() => ["path", "seekable stream"];

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task A_refused_token_is_refreshed_and_the_whole_file_sent_again(string source)
    {
        using var wire = new WireClient(42001);

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = File(source) });

        Assert.True(outcome.IsSuccess, outcome.ToString());
        Assert.Equal(2, outcome.Attempts);
        var sent = wire.Recorder.Requests.ToArray();
        Assert.Equal(["access_token=token-1&type=image", "access_token=token-2&type=image"], sent.Select(r => r.PathAndQuery.Split('?')[1]));
        Assert.All(sent, attempt => UploadWireTests.AssertBody(
            attempt,
            "--BOUNDARY\r\nContent-Disposition: form-data; name=\"media\"; filename=\"photo.jpg\"; filelength=200004\r\nContent-Type: image/jpeg\r\n\r\n",
            Image,
            "\r\n--BOUNDARY--\r\n"));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task A_busy_server_gets_the_whole_file_again(string source)
    {
        using var wire = new WireClient(-1);

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = File(source) });

        Assert.True(outcome.IsSuccess, outcome.ToString());
        Assert.All(wire.Recorder.Requests, attempt => Assert.Equal(Image, attempt.Body![^(Image.Length + attempt.Boundary.Length + 8)..^(attempt.Boundary.Length + 8)]));
    }

    [Fact]
    public async Task An_unseekable_stream_already_sent_is_not_sent_again()
    {
        using var wire = new WireClient(42001);

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = WeComFile.FromStream(new OneWayStream(Image, Image.Length), "photo.jpg") });

        var failure = Assert.IsType<WeComFailure.UploadNotRepeatable>(outcome.Failure);
        Assert.Equal("photo.jpg", failure.File);
        Assert.Single(wire.Recorder.Requests);
        Assert.Equal(1, wire.Tokens.Invalidations); // the refused token is dropped all the same
    }

    [Fact]
    public async Task An_unseekable_stream_not_yet_read_is_sent_on_the_retry()
    {
        using var wire = new WireClient(WireRecorder.DropBeforeBody);

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = WeComFile.FromStream(new OneWayStream(Image, Image.Length), "photo.jpg", "image/jpeg") });

        Assert.True(outcome.IsSuccess, outcome.ToString());
        var retry = wire.Recorder.Requests.Last();
        UploadWireTests.AssertBody(
            retry,
            "--BOUNDARY\r\nContent-Disposition: form-data; name=\"media\"; filename=\"photo.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n",
            Image,
            "\r\n--BOUNDARY--\r\n");
    }

    [Fact]
    public async Task A_file_deleted_before_the_retry_is_named_with_the_reason()
    {
        using var wire = new WireClient(WireRecorder.DropBeforeBody);
        var path = _files.Write("photo.jpg", Image);
        var client = new WeComClient(wire.Http, new DeletingTokens(wire.Tokens, path), new WeComClientOptions { BaseAddress = new Uri("https://qyapi.test/") }, new TestClock { SkipWaits = true });

        var outcome = await client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = WeComFile.FromPath(path) });

        Assert.Equal("it does not exist", Assert.IsType<WeComFailure.FileUnreadable>(outcome.Failure).Reason);
        Assert.Equal(1, outcome.Attempts);
    }

    private WeComFile File(string source) => source == "path"
        ? WeComFile.FromPath(_files.Write("photo.jpg", Image), "image/jpeg")
        : WeComFile.FromStream(new MemoryStream(Image), "photo.jpg", "image/jpeg");

    /// <summary>Deletes the file when the second token is asked for: between the first attempt and the retry.</summary>
    private sealed class DeletingTokens(CountingTokens inner, string path) : WeComGen.Tokens.IAccessTokenSource
    {
        public ValueTask<WeComGen.Tokens.AccessTokenResult> GetAsync(CancellationToken cancellationToken)
        {
            if (inner.Requests == 1)
            {
                System.IO.File.Delete(path);
            }

            return inner.GetAsync(cancellationToken);
        }

        public void Invalidate(WeComGen.Tokens.AccessToken rejected) => inner.Invalidate(rejected);
    }
}
