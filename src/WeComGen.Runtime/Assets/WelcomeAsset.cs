using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace WeComGen.Assets;

/// <summary>
/// A file a welcome carries, declared by name: a path on disk or a stream the app opens. Its bytes are read once
/// at start; what is uploaded, and re-uploaded every period, is those bytes.
/// </summary>
public sealed class WelcomeAsset
{
    private readonly string? _path;
    private readonly Func<Stream>? _open;

    private WelcomeAsset(string name, WelcomeAssetKind kind, string? path, Func<Stream>? open, string fileName, string? contentType)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A welcome asset needs a name.", nameof(name));
        }

        Name = name;
        Kind = kind;
        _path = path;
        _open = open;
        FileName = fileName;
        ContentType = contentType ?? ContentTypes.FromFileName(fileName);
    }

    /// <summary>The name a welcome refers to it by (<c>media.MediaId("cover")</c>).</summary>
    public string Name { get; }

    /// <summary>What it is for.</summary>
    public WelcomeAssetKind Kind { get; }

    /// <summary>The file name the upload carries (WeCom shows it for a file attachment).</summary>
    public string FileName { get; }

    /// <summary>The declared content type: given, or known from the file name's extension; <see langword="null"/> otherwise.</summary>
    public string? ContentType { get; }

    /// <summary>Where the bytes come from, for messages: the path, or the stream's file name.</summary>
    public string Source => _path ?? FileName;

    /// <summary>A file on disk.</summary>
    public static WelcomeAsset FromPath(string name, WelcomeAssetKind kind, string path, string? contentType = null)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException($"Welcome asset '{name}' needs a path.", nameof(path));
        }

        return new WelcomeAsset(name, kind, path, null, Path.GetFileName(path), contentType);
    }

    /// <summary>A stream <paramref name="open"/> returns when the assets start (the stream is disposed after reading).</summary>
    public static WelcomeAsset FromStream(string name, WelcomeAssetKind kind, Func<Stream> open, string fileName, string? contentType = null)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            throw new ArgumentException($"Welcome asset '{name}' needs a file name.", nameof(fileName));
        }

        return new WelcomeAsset(name, kind, null, open ?? throw new ArgumentNullException(nameof(open)), fileName, contentType);
    }

    /// <summary>Reads the whole file; a missing or unreadable one is a <see cref="WelcomeAssetException"/> naming it.</summary>
    internal async Task<byte[]> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var stream = _open is null ? new FileStream(_path!, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : _open();
            using var bytes = new MemoryStream();
            await stream.CopyToAsync(bytes, 81920, cancellationToken).ConfigureAwait(false);
            return bytes.ToArray();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new WelcomeAssetException(this, "the file does not exist");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new WelcomeAssetException(this, "the file cannot be read: " + e.Message);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Kind}, {Source})";
}
