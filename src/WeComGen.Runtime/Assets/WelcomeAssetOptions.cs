using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace WeComGen.Assets;

/// <summary>
/// The files a welcome carries and how their uploads are kept fresh. Files come from configuration
/// (<see cref="Files"/>: <c>WelcomeAssets:Files:cover:Kind</c>, <c>…:Path</c>) or code (<see cref="Add"/>).
/// </summary>
public sealed class WelcomeAssetOptions
{
    private readonly List<WelcomeAsset> _assets = [];

    /// <summary>
    /// How long before a media_id expires it is uploaded again, in the background. Less than the media_id's life, which
    /// the schema states (<c>x-wecom-valid-for</c> of <c>media_id</c>: three days from <c>created_at</c>).
    /// </summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long after a failed background refresh the next try is made.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Where a relative <see cref="WelcomeAssetFile.Path"/> is found: by default the app's own directory.</summary>
    public string BaseDirectory { get; set; } = AppContext.BaseDirectory;

    /// <summary>The assets from configuration, by name.</summary>
    public Dictionary<string, WelcomeAssetFile> Files { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Declares an asset in code (a stream, say), besides the configured <see cref="Files"/>.</summary>
    public WelcomeAssetOptions Add(WelcomeAsset asset)
    {
        _assets.Add(asset ?? throw new ArgumentNullException(nameof(asset)));
        return this;
    }

    /// <summary>Every asset, configured first; a name used twice, or settings that cannot work, is an <see cref="ArgumentException"/>.</summary>
    internal IReadOnlyList<WelcomeAsset> Declared()
    {
        if (RefreshMargin < TimeSpan.Zero)
        {
            throw new ArgumentException($"WelcomeAssets: RefreshMargin ({RefreshMargin}) must be at least zero.");
        }

        if (RetryDelay <= TimeSpan.Zero)
        {
            throw new ArgumentException($"WelcomeAssets: RetryDelay ({RetryDelay}) must be positive.");
        }

        var all = Files.Select(file => WelcomeAsset.FromPath(file.Key, file.Value.Kind, Path.Combine(BaseDirectory, file.Value.Path), file.Value.ContentType))
            .Concat(_assets)
            .ToList();
        if (all.GroupBy(asset => asset.Name, StringComparer.Ordinal).FirstOrDefault(name => name.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"WelcomeAssets: the name '{twice.Key}' is declared {twice.Count()} times.");
        }

        return all;
    }
}

/// <summary>A welcome asset in configuration.</summary>
public sealed class WelcomeAssetFile
{
    /// <summary>What it is for.</summary>
    public WelcomeAssetKind Kind { get; set; }

    /// <summary>The file, absolute or relative to <see cref="WelcomeAssetOptions.BaseDirectory"/>.</summary>
    public string Path { get; set; } = "";

    /// <summary>The content type, when the extension does not tell it.</summary>
    public string? ContentType { get; set; }
}
