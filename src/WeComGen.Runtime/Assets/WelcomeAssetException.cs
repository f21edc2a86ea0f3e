using System;

namespace WeComGen.Assets;

/// <summary>A welcome asset that cannot be used: missing, unreadable, or refused by its upload's rule. The app does not start.</summary>
public sealed class WelcomeAssetException : Exception
{
    /// <summary>Names the asset, its file and the problem.</summary>
    public WelcomeAssetException(WelcomeAsset asset, string problem)
        : base($"Welcome asset '{(asset ?? throw new ArgumentNullException(nameof(asset))).Name}' ({asset.Kind}, file {asset.Source}) cannot be used: {problem}")
    {
        Asset = asset.Name;
        File = asset.Source;
        Problem = problem;
    }

    /// <summary>The asset's name.</summary>
    public string Asset { get; }

    /// <summary>Its file: the path, or the stream's file name.</summary>
    public string File { get; }

    /// <summary>What is wrong with it (the rule it breaks, or why it cannot be read).</summary>
    public string Problem { get; }
}
