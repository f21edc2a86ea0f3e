using Microsoft.Extensions.Time.Testing;
using WeComGen.Assets.Tests.Support;
using WeComGen.Client;
using WeComGen.Media;

namespace WeComGen.Assets.Tests.Assets;

/// <summary>At start every asset is read and each distinct content uploaded once; a bad asset stops the start, naming its file and the rule.</summary>
public sealed class StartTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Each_distinct_content_is_uploaded_once_per_upload_route()
    {
        using var files = new Files();
        var options = new WelcomeAssetOptions();
        options.Files["cover"] = new() { Kind = WelcomeAssetKind.MiniProgramCover, Path = files.Write("cover.png", Files.Png) };
        options.Files["same-cover"] = new() { Kind = WelcomeAssetKind.MiniProgramCover, Path = files.Write("copy.png", Files.Png) };
        options.Files["picture"] = new() { Kind = WelcomeAssetKind.Image, Path = files.Write("picture.png", Files.Png) };
        options.Add(WelcomeAsset.FromStream("clip", WelcomeAssetKind.Video, () => new MemoryStream(Files.Mp4), "clip.mp4"));
        var uploads = new FakeUploads(_time);
        using var assets = new WelcomeAssets(uploads, options, _time);

        Assert.False(assets.IsReady);
        await assets.StartAsync();

        Assert.True(assets.IsReady);
        Assert.Equal(3, uploads.Count); // the cover's bytes once for both names; as an image, the same bytes are another upload
        Assert.Equal(assets.Current.MediaId("cover"), assets.Current.MediaId("same-cover"));
        Assert.StartsWith("https://", assets.Current.PicUrl("picture"));
        Assert.Equal(_time.GetUtcNow() + FakeUploads.MediaValidity, assets.Current.ExpiresAt("clip"));
        Assert.Null(assets.Current.ExpiresAt("picture"));
        Assert.Throws<InvalidOperationException>(() => assets.Current.MediaId("picture"));
        Assert.Throws<KeyNotFoundException>(() => assets.Current.MediaId("banner"));
    }

    [Fact]
    public async Task A_missing_file_stops_the_start_naming_it()
    {
        using var files = new Files();
        var options = new WelcomeAssetOptions();
        options.Files["brochure"] = new() { Kind = WelcomeAssetKind.File, Path = Path.Combine(files.Folder, "brochure.pdf") };
        var uploads = new FakeUploads(_time);
        using var assets = new WelcomeAssets(uploads, options, _time);

        var failure = await Assert.ThrowsAsync<WelcomeAssetException>(() => assets.StartAsync());

        Assert.Contains("brochure.pdf", failure.Message);
        Assert.Contains("does not exist", failure.Message);
        Assert.Equal(0, uploads.Count);
        Assert.False(assets.IsReady);
    }

    [Fact]
    public async Task A_file_not_of_the_format_it_claims_stops_the_start_naming_the_rule_before_any_request()
    {
        using var files = new Files();
        var options = new WelcomeAssetOptions();
        options.Files["cover"] = new() { Kind = WelcomeAssetKind.MiniProgramCover, Path = files.Write("cover.png", Files.Mp4) };
        var (assets, wire) = WithGeneratedUploads(options);

        var failure = await Assert.ThrowsAsync<WelcomeAssetException>(() => assets.StartAsync());

        Assert.Contains("cover.png", failure.Message);
        Assert.Contains("image/png", failure.Message); // the rule of type image: JPG or PNG
        Assert.Empty(wire.Bodies);
    }

    [Fact]
    public async Task A_file_over_its_limit_stops_the_start_naming_the_limit()
    {
        using var files = new Files();
        var tooLarge = new byte[2_000_001];
        Files.Png.CopyTo(tooLarge, 0);
        var options = new WelcomeAssetOptions();
        options.Files["picture"] = new() { Kind = WelcomeAssetKind.Image, Path = files.Write("big.png", tooLarge) };
        var (assets, wire) = WithGeneratedUploads(options);

        var failure = await Assert.ThrowsAsync<WelcomeAssetException>(() => assets.StartAsync());

        Assert.Contains("big.png", failure.Message);
        Assert.Contains("2000000", failure.Message.Replace(",", "", StringComparison.Ordinal));
        Assert.Empty(wire.Bodies);
    }

    [Fact]
    public async Task Settings_that_cannot_work_are_refused_naming_them()
    {
        var options = new WelcomeAssetOptions { RefreshMargin = FakeUploads.MediaValidity }
            .Add(WelcomeAsset.FromStream("cover", WelcomeAssetKind.MiniProgramCover, () => new MemoryStream(Files.Png), "cover.png"));
        using var assets = new WelcomeAssets(new FakeUploads(_time), options, _time);

        var failure = await Assert.ThrowsAsync<ArgumentException>(() => assets.StartAsync());

        Assert.Contains("RefreshMargin", failure.Message);
    }

    /// <summary>The assets uploading through the generated media endpoints and a real client, over <see cref="ScriptedSends"/>.</summary>
    private (WelcomeAssets Assets, ScriptedSends Wire) WithGeneratedUploads(WelcomeAssetOptions options)
    {
        var wire = new ScriptedSends();
        var client = new WeComClient(new HttpClient(wire), new FixedToken(), new WeComClientOptions { BaseAddress = new Uri("http://wecom.test/") }, _time);
        var uploads = WelcomeMediaUploads.Create(client, MediaEndpoints.UploadImage, MediaEndpoints.UploadMedia);
        return (new WelcomeAssets(uploads, options, _time), wire);
    }
}
