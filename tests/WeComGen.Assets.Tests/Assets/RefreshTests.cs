using Microsoft.Extensions.Time.Testing;
using WeComGen.Assets.Tests.Support;
using WeComGen.Client;

namespace WeComGen.Assets.Tests.Assets;

/// <summary>A media_id is uploaded again in the background, the margin before it expires; a permanent image never is.</summary>
public sealed class RefreshTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_media_id_is_renewed_the_margin_before_it_expires_and_not_before()
    {
        var options = Options();
        var uploads = new FakeUploads(_time);
        using var assets = new WelcomeAssets(uploads, options, _time);
        await assets.StartAsync();
        var first = assets.Current.MediaId("cover");

        _time.Advance(FakeUploads.MediaValidity - options.RefreshMargin - TimeSpan.FromSeconds(1));
        Assert.Equal(1, uploads.Count);
        Assert.Equal(first, assets.Current.MediaId("cover"));

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await Eventually.HoldsAsync(() => assets.Current.MediaId("cover") != first));
        Assert.Equal(2, uploads.Count);
        Assert.Equal(0, assets.SendUploadCount);
        Assert.Equal(_time.GetUtcNow() + FakeUploads.MediaValidity, assets.Current.ExpiresAt("cover"));

        // The next period: once more, a period later.
        var second = assets.Current.MediaId("cover");
        var nextAt = _time.GetUtcNow() + FakeUploads.MediaValidity - options.RefreshMargin;
        Assert.True(await Eventually.HoldsAsync(() => assets.NextRefreshAt == nextAt));
        _time.Advance(FakeUploads.MediaValidity - options.RefreshMargin);
        Assert.True(await Eventually.HoldsAsync(() => assets.Current.MediaId("cover") != second));
        Assert.Equal(3, uploads.Count);
    }

    [Fact]
    public async Task A_failed_refresh_is_tried_again_after_the_retry_delay_and_the_old_media_id_stays_meanwhile()
    {
        var options = Options();
        var uploads = new FakeUploads(_time) { Failure = number => number == 2 ? new WeComFailure.TransportFailure("UploadMedia", TransportProblem.ConnectionFailed, null) : null };
        using var assets = new WelcomeAssets(uploads, options, _time);
        await assets.StartAsync();
        var first = assets.Current.MediaId("cover");

        _time.Advance(FakeUploads.MediaValidity - options.RefreshMargin);
        var retryAt = _time.GetUtcNow() + options.RetryDelay;
        Assert.True(await Eventually.HoldsAsync(() => assets.NextRefreshAt == retryAt));
        Assert.Equal(2, uploads.Count);
        Assert.Equal(first, assets.Current.MediaId("cover"));

        _time.Advance(options.RetryDelay - TimeSpan.FromSeconds(1));
        await Task.Delay(50); // anything the clock set off has had its chance to run
        Assert.Equal(2, uploads.Count);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await Eventually.HoldsAsync(() => assets.Current.MediaId("cover") != first));
        Assert.Equal(3, uploads.Count);
    }

    [Fact]
    public async Task A_permanent_image_is_never_uploaded_again()
    {
        var options = new WelcomeAssetOptions();
        options.Add(WelcomeAsset.FromStream("picture", WelcomeAssetKind.Image, () => new MemoryStream(Files.Png), "picture.png"));
        var uploads = new FakeUploads(_time);
        using var assets = new WelcomeAssets(uploads, options, _time);
        await assets.StartAsync();

        _time.Advance(TimeSpan.FromDays(30));
        await Task.Delay(50); // anything the clock set off has had its chance to run

        Assert.Equal(1, uploads.Count);
    }

    private static WelcomeAssetOptions Options() =>
        new WelcomeAssetOptions { RefreshMargin = TimeSpan.FromHours(6), RetryDelay = TimeSpan.FromMinutes(5) }
            .Add(WelcomeAsset.FromStream("cover", WelcomeAssetKind.MiniProgramCover, () => new MemoryStream(Files.Png), "cover.png"));
}
