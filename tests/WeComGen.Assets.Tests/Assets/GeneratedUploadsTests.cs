using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using WeComGen.Assets.Tests.Support;
using WeComGen.Client;
using WeComGen.Media;

namespace WeComGen.Assets.Tests.Assets;

/// <summary>
/// <c>WelcomeMediaUploads.Create(client, UploadImage, UploadMedia)</c> needs nothing else: the request of one file, the
/// value the answer carries and how long it lives all come from the generated metadata.
/// </summary>
public sealed class GeneratedUploadsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Uploads_send_one_file_each_and_a_media_id_expires_its_schema_life_after_WeComs_created_at()
    {
        var createdAt = _time.GetUtcNow() - TimeSpan.FromHours(1); // WeCom's clock is behind this app's
        var wire = new UploadAnswers(createdAt);
        var options = new WelcomeAssetOptions()
            .Add(WelcomeAsset.FromStream("picture", WelcomeAssetKind.Image, () => new MemoryStream(Files.Png), "picture.png"))
            .Add(WelcomeAsset.FromStream("clip", WelcomeAssetKind.Video, () => new MemoryStream(Files.Mp4), "clip.mp4"));
        using var assets = new WelcomeAssets(Uploads(wire), options, _time);

        await assets.StartAsync();

        Assert.Equal(["/cgi-bin/media/uploadimg", "/cgi-bin/media/upload?type=video"], wire.Requests.Select(uri => uri.AbsolutePath + Query(uri)));
        Assert.Equal("http://p.qpic.cn/pic_wework/1/0", assets.Current.PicUrl("picture"));
        Assert.Null(assets.Current.ExpiresAt("picture"));
        Assert.Equal("media-2", assets.Current.MediaId("clip"));
        Assert.Equal(createdAt + MediaEndpoints.UploadMedia.Lifetimes[0].ValidFor, assets.Current.ExpiresAt("clip"));
    }

    [Fact]
    public void Endpoints_whose_metadata_cannot_say_what_an_upload_gives_are_refused_naming_them()
    {
        var client = new WeComClient(new HttpClient(new UploadAnswers(_time.GetUtcNow())), new FixedToken(), new WeComClientOptions { BaseAddress = new Uri("http://wecom.test/") }, _time);

        var notPermanent = Assert.Throws<ArgumentException>(() => WelcomeMediaUploads.Create(client, MediaEndpoints.UploadMedia, MediaEndpoints.UploadMedia));
        var noLifetime = Assert.Throws<ArgumentException>(() => WelcomeMediaUploads.Create(client, MediaEndpoints.UploadImage, MediaEndpoints.UploadImage));

        Assert.Contains("UploadMedia", notPermanent.Message);
        Assert.Contains("permanent", notPermanent.Message);
        Assert.Contains("UploadImage", noLifetime.Message);
        Assert.Contains("with a duration", noLifetime.Message);
    }

    private IWelcomeMediaUploads Uploads(UploadAnswers wire) =>
        WelcomeMediaUploads.Create(
            new WeComClient(new HttpClient(wire), new FixedToken(), new WeComClientOptions { BaseAddress = new Uri("http://wecom.test/") }, _time),
            MediaEndpoints.UploadImage,
            MediaEndpoints.UploadMedia);

    private static string Query(Uri uri) =>
        string.Concat(uri.Query.TrimStart('?').Split('&').Where(pair => !pair.StartsWith("access_token=", StringComparison.Ordinal)).Select(pair => "?" + pair));

    /// <summary>media/uploadimg and media/upload as WeCom answers them, numbering what they give.</summary>
    private sealed class UploadAnswers(DateTimeOffset createdAt) : HttpMessageHandler
    {
        private int _count;

        public ConcurrentQueue<Uri> Requests { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Enqueue(request.RequestUri!);
            var number = Interlocked.Increment(ref _count);
            var json = request.RequestUri!.AbsolutePath.EndsWith("/uploadimg", StringComparison.Ordinal)
                ? $$"""{"errcode":0,"errmsg":"","url":"http://p.qpic.cn/pic_wework/{{number}}/0"}"""
                : $$"""{"errcode":0,"errmsg":"","type":"video","media_id":"media-{{number}}","created_at":"{{createdAt.ToUnixTimeSeconds()}}"}""";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }
    }
}
