using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using WeComGen.Assets.Tests.Support;
using WeComGen.Client;

namespace WeComGen.Assets.Tests.Assets;

/// <summary>
/// <c>AddWeComHealthChecks()</c> reports the welcome's assets: not ready until uploaded, Degraded while a media_id is due
/// for renewal and not renewed, or expired; never a media_id in what it shows.
/// </summary>
public sealed class HealthTests : IDisposable
{
    private static readonly TimeSpan Margin = TimeSpan.FromHours(6);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly FakeUploads _uploads;
    private readonly Files _files = new();

    public HealthTests() => _uploads = new FakeUploads(_time);

    [Fact]
    public async Task Before_the_upload_at_start_the_assets_are_unhealthy()
    {
        await using var services = Services(_files.Write("cover.png", Files.Png));

        var report = await CheckAsync(services);

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains("not uploaded yet", report.Description);
    }

    [Fact]
    public async Task A_failed_upload_at_start_is_unhealthy_and_names_the_file()
    {
        var missing = Path.Combine(_files.Folder, "missing.png");
        await using var services = Services(missing);
        await Assert.ThrowsAnyAsync<Exception>(() => services.GetRequiredService<WelcomeAssets>().StartAsync());

        var report = await CheckAsync(services);

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains(missing, report.Description);
    }

    [Fact]
    public async Task Uploaded_assets_are_healthy_until_a_renewal_fails_then_degraded_until_renewed()
    {
        _uploads.Failure = number => number == 2 ? new WeComFailure.TransportFailure("UploadMedia", TransportProblem.ConnectionFailed, null) : null;
        await using var services = Services(_files.Write("cover.png", Files.Png));
        var assets = services.GetRequiredService<WelcomeAssets>();
        await assets.StartAsync();
        var mediaId = assets.Current.MediaId("cover");

        var uploaded = await CheckAsync(services);
        _time.Advance(FakeUploads.MediaValidity - Margin);
        Assert.True(await Eventually.HoldsAsync(() => _uploads.Count == 2));
        var renewalFailed = await CheckAsync(services);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await Eventually.HoldsAsync(() => assets.Current.MediaId("cover") != mediaId));
        var renewed = await CheckAsync(services);

        Assert.Equal(HealthStatus.Healthy, uploaded.Status);
        Assert.Equal(HealthStatus.Degraded, renewalFailed.Status);
        Assert.Contains("'cover'", renewalFailed.Description);
        Assert.Contains("not renewed yet", renewalFailed.Description);
        Assert.Equal(HealthStatus.Healthy, renewed.Status);
        Assert.DoesNotContain(mediaId, uploaded.Description + renewalFailed.Description + string.Join(" ", renewalFailed.Data.Values));
    }

    [Fact]
    public async Task With_WeComs_clock_behind_the_apps_the_assets_stay_healthy_until_the_refresh_is_due_on_the_apps_clock()
    {
        _uploads.WeComClockOffset = TimeSpan.FromHours(-1);
        await using var services = Services(_files.Write("cover.png", Files.Png));
        await services.GetRequiredService<WelcomeAssets>().StartAsync();

        // Inside the margin by WeCom's expiry, not yet by the app's, which the refresh keeps to.
        _time.Advance(FakeUploads.MediaValidity - Margin - TimeSpan.FromMinutes(30));
        var report = await CheckAsync(services);

        Assert.Equal(1, _uploads.Count);
        Assert.Equal(HealthStatus.Healthy, report.Status);
    }

    [Fact]
    public async Task An_expired_media_id_is_degraded_the_welcome_still_goes_out_after_a_re_upload()
    {
        _uploads.Failure = number => number >= 2 ? new WeComFailure.TransportFailure("UploadMedia", TransportProblem.ConnectionFailed, null) : null;
        await using var services = Services(_files.Write("cover.png", Files.Png));
        await services.GetRequiredService<WelcomeAssets>().StartAsync();

        _time.Advance(FakeUploads.MediaValidity);
        var report = await CheckAsync(services);

        Assert.Equal(HealthStatus.Degraded, report.Status);
        Assert.Contains("expired", report.Description);
    }

    public void Dispose() => _files.Dispose();

    private ServiceProvider Services(string coverPath)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Files:cover:Kind"] = nameof(WelcomeAssetKind.MiniProgramCover),
            ["Files:cover:Path"] = coverPath,
            ["RefreshMargin"] = Margin.ToString(),
            ["RetryDelay"] = "00:01:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddWeComClient(options => { options.CorpId = "wwcorp"; options.Secret = "secret"; });
        services.AddWeComWelcomeAssets(configuration, _ => _uploads);
        services.AddHealthChecks().AddWeComHealthChecks();
        return services.BuildServiceProvider();
    }

    private static async Task<HealthReportEntry> CheckAsync(IServiceProvider services) =>
        (await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Name == "wecom-welcome-assets")).Entries["wecom-welcome-assets"];
}
