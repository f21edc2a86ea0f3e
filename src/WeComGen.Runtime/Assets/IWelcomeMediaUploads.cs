using System;
using System.Threading;
using System.Threading.Tasks;
using WeComGen.Client;
using WeComGen.Uploads;

namespace WeComGen.Assets;

/// <summary>
/// Uploads one welcome asset: <c>media/uploadimg</c> for a permanent image, <c>media/upload</c> for the rest. The
/// generated media client lives in the app's own compilation, so <see cref="WelcomeMediaUploads.Create"/> builds
/// this from its endpoint descriptors.
/// </summary>
public interface IWelcomeMediaUploads
{
    /// <summary>
    /// How long what an upload for <paramref name="kind"/> gives lives, counted from <see cref="WelcomeUpload.CreatedAt"/>;
    /// <see langword="null"/> when it is permanent. The schema states it (<c>x-wecom-valid-for</c>).
    /// </summary>
    TimeSpan? ValidFor(WelcomeAssetKind kind);

    /// <summary>Uploads <paramref name="file"/> as <paramref name="kind"/> needs it.</summary>
    Task<WelcomeUpload> UploadAsync(WelcomeAssetKind kind, WeComFile file, CancellationToken cancellationToken);
}

/// <summary>
/// What an upload gave: the image URL or media_id (<see cref="Value"/>) with, for a media_id, when WeCom made it
/// (<see cref="CreatedAt"/>, on WeCom's clock); or the <see cref="Failure"/>.
/// </summary>
public sealed record WelcomeUpload(string? Value, DateTimeOffset? CreatedAt, WeComFailure? Failure)
{
    /// <summary>A successful upload.</summary>
    public static WelcomeUpload Succeeded(string value, DateTimeOffset? createdAt) => new(value, createdAt, null);

    /// <summary>A failed upload.</summary>
    public static WelcomeUpload Failed(WeComFailure failure) => new(null, null, failure);
}
