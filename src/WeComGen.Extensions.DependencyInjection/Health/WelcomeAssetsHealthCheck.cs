using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WeComGen.Assets;

namespace WeComGen.Extensions.DependencyInjection;

/// <summary>
/// The welcome's assets. Unhealthy until they are uploaded, or when the upload at start failed (its message names the
/// file and the rule). Degraded once the earliest media_id is inside its refresh margin and not renewed yet (the
/// background refresh is failing and tried again) or has expired (each welcome then waits for a re-upload after
/// WeCom's 40007). Healthy otherwise. Shows names and times, never a media_id.
/// </summary>
internal sealed class WelcomeAssetsHealthCheck(WelcomeAssets assets, WelcomeAssetOptions options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    private HealthCheckResult Check()
    {
        var ready = assets.WhenReady;
        if (!ready.IsCompleted)
        {
            return HealthCheckResult.Unhealthy("the welcome assets are not uploaded yet");
        }

        if (ready.Exception?.InnerException is { } failed)
        {
            return HealthCheckResult.Unhealthy("the welcome assets could not be uploaded at start: " + failed.Message);
        }

        var media = assets.Current;
        var names = media.Names.ToList();
        var data = new Dictionary<string, object> { ["assets"] = names.Count, ["uploads"] = assets.UploadCount, ["send_uploads"] = assets.SendUploadCount };
        if (assets.NextRefreshAt is { } next)
        {
            data["next_refresh"] = next;
        }

        if (media.FirstExpiry is not { } first)
        {
            return HealthCheckResult.Healthy($"{names.Count} welcome asset(s) uploaded, none expires", data);
        }

        // On the app's clock, as the refresh that renews it runs: WeCom's may differ.
        data["earliest_expiry"] = first.At;
        var now = clock.GetUtcNow();
        var when = first.At.ToString("O", CultureInfo.InvariantCulture);
        if (now >= first.At)
        {
            return HealthCheckResult.Degraded($"the media_id of '{first.Name}' expired at {when} and is not renewed yet; each welcome waits for a re-upload after WeCom refuses it (40007)", data: data);
        }

        return now >= first.At - options.RefreshMargin
            ? HealthCheckResult.Degraded($"the media_id of '{first.Name}' expires at {when} and is not renewed yet (the refresh is tried again)", data: data)
            : HealthCheckResult.Healthy($"{names.Count} welcome asset(s) uploaded; the earliest media_id ('{first.Name}') expires at {when}", data);
    }
}
