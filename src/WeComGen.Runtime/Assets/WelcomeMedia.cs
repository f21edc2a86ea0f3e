using System;
using System.Collections.Generic;
using System.Linq;

namespace WeComGen.Assets;

/// <summary>
/// The welcome assets as they stand at one moment: each name's image URL or media_id. A welcome is built from one
/// of these, so a re-upload after a refusal knows which media_ids the refused welcome carried.
/// </summary>
public sealed class WelcomeMedia
{
    private readonly IReadOnlyDictionary<string, Entry> _byName;

    internal WelcomeMedia(IReadOnlyDictionary<string, Entry> byName)
    {
        _byName = byName;
        FirstExpiry = byName
            .Where(pair => pair.Value.Handle.LocalExpiry is not null)
            .Select(pair => ((string Name, DateTimeOffset At)?)(pair.Key, pair.Value.Handle.LocalExpiry!.Value))
            .OrderBy(expiry => expiry!.Value.At)
            .FirstOrDefault();
    }

    /// <summary>The names of the assets.</summary>
    public IEnumerable<string> Names => _byName.Keys;

    /// <summary>
    /// The asset whose media_id expires first, and when, on this app's clock: the clock the background refresh runs
    /// on, counted from the upload's start (<see cref="ExpiresAt"/> is WeCom's). <see langword="null"/> when none expires.
    /// </summary>
    public (string Name, DateTimeOffset At)? FirstExpiry { get; }

    internal IEnumerable<Entry> Entries => _byName.Values;

    /// <summary>The permanent URL of the image asset <paramref name="name"/>, for an image attachment's <c>pic_url</c>.</summary>
    public string PicUrl(string name) => Find(name, permanent: true);

    /// <summary>The media_id of the asset <paramref name="name"/> (a cover, a video, a file), valid at least until its refresh.</summary>
    public string MediaId(string name) => Find(name, permanent: false);

    /// <summary>When the media_id of <paramref name="name"/> expires on WeCom's clock; <see langword="null"/> for a permanent image.</summary>
    public DateTimeOffset? ExpiresAt(string name) => Get(name).Handle.ExpiresAt;

    private string Find(string name, bool permanent)
    {
        var entry = Get(name);
        if (entry.Asset.Kind.IsPermanent() != permanent)
        {
            throw new InvalidOperationException(permanent
                ? $"Welcome asset '{name}' is a {entry.Asset.Kind}: it has a media_id, not a pic_url."
                : $"Welcome asset '{name}' is an {entry.Asset.Kind}: it has a permanent pic_url, not a media_id.");
        }

        return entry.Handle.Value;
    }

    private Entry Get(string name) =>
        _byName.TryGetValue(name ?? throw new ArgumentNullException(nameof(name)), out var entry)
            ? entry
            : throw new KeyNotFoundException($"No welcome asset is named '{name}'; declared: {string.Join(", ", _byName.Keys)}.");

    internal readonly record struct Entry(WelcomeAsset Asset, StoredUpload Upload, MediaHandle Handle);
}
