using System;

namespace WeComGen.Emulator.Media;

/// <summary>
/// A file the emulator took: a temporary media (<c>media/upload</c>, a <see cref="MediaId"/> valid three days) or a
/// permanent image (<c>media/uploadimg</c>, a <see cref="Url"/>), with the name, content type and size it came with.
/// </summary>
public sealed class UploadedMedia
{
    internal UploadedMedia(string key, MediaType type, string fileName, string contentType, byte[] bytes, DateTimeOffset createdAt, DateTimeOffset? expiresAt, Uri? url)
    {
        Key = key;
        Type = type;
        FileName = fileName;
        ContentType = contentType;
        Size = bytes.Length;
        Format = MediaFormats.Detect(bytes);
        Bytes = bytes;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
        Url = url;
    }

    /// <summary>The temporary media's <c>media_id</c>; <see langword="null"/> for a permanent image.</summary>
    public string? MediaId => Url is null ? Key : null;

    /// <summary>The permanent image's URL; <see langword="null"/> for a temporary media.</summary>
    public Uri? Url { get; }

    /// <summary>The upload's <c>type</c> (<see cref="MediaType.Image"/> for a permanent image).</summary>
    public MediaType Type { get; }

    /// <summary>The part's <c>filename</c>: the name WeCom shows for a file.</summary>
    public string FileName { get; }

    /// <summary>The part's <c>Content-Type</c>, as it came.</summary>
    public string ContentType { get; }

    /// <summary>How many bytes the file has.</summary>
    public long Size { get; }

    /// <summary>When it was uploaded, by the emulator's clock.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>
    /// When a temporary media stops being valid (three days after upload, or when <see cref="EmulatorMedia.ExpireAll"/>
    /// ended it early); <see langword="null"/> for a permanent image.
    /// </summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>
    /// Whether the emulator still holds the bytes: it keeps the last <see cref="EmulatorMedia.BytesKept"/> bytes of
    /// uploads; an older upload stays valid, only its bytes are gone.
    /// </summary>
    public bool HasBytes => Bytes is not null;

    /// <summary>Where the emulator serves the bytes, relative to its base address.</summary>
    internal string LocalPath => "emulator/media/" + Key;

    internal string Key { get; }

    internal MediaFormat Format { get; }

    internal byte[]? Bytes { get; private set; }

    /// <summary>Whether the media may be used at <paramref name="now"/>.</summary>
    public bool IsValidAt(DateTimeOffset now) => ExpiresAt is not { } expiresAt || now <= expiresAt;

    internal void DropBytes() => Bytes = null;

    /// <summary>Ends a temporary media's validity just before <paramref name="now"/> (<see cref="EmulatorMedia.ExpireAll"/>).</summary>
    internal void ExpireBefore(DateTimeOffset now)
    {
        if (ExpiresAt is { } expiresAt && expiresAt >= now)
        {
            ExpiresAt = now - TimeSpan.FromTicks(1);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Type.ToWireValue()} {FileName} ({Size} bytes)";
}
