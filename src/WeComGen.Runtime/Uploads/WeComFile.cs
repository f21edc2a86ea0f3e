using System;
using System.IO;
using System.Linq;

namespace WeComGen.Uploads;

/// <summary>
/// A file to upload: a path (opened for each attempt and read streamed) or a caller's stream (read from its
/// current position; rewound for a retry when seekable; never disposed by the client).
/// </summary>
public sealed class WeComFile
{
    private WeComFile(string? path, Stream? content, string fileName, string? contentType)
    {
        Path = path;
        Content = content;
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>The file name the part carries (for a path: its file name).</summary>
    public string FileName { get; }

    /// <summary>The declared content type, or <see langword="null"/> (then the part says <c>application/octet-stream</c>).</summary>
    public string? ContentType { get; }

    /// <summary>The file's path, or <see langword="null"/> for a stream.</summary>
    internal string? Path { get; }

    /// <summary>The caller's stream, or <see langword="null"/> for a path.</summary>
    internal Stream? Content { get; }

    /// <summary>A file on disk, opened for each attempt; the part carries its file name.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or names no file.</exception>
    public static WeComFile FromPath(string path, string? contentType = null)
    {
        if (string.IsNullOrEmpty(path))
        {
            throw new ArgumentException("A file path is required.", nameof(path));
        }

        var fileName = System.IO.Path.GetFileName(path);
        if (fileName.Length == 0)
        {
            throw new ArgumentException($"'{path}' names a directory, not a file.", nameof(path));
        }

        return new WeComFile(path, null, fileName, Checked(contentType));
    }

    /// <summary>A caller's stream, read from its current position; the client never disposes it.</summary>
    /// <exception cref="ArgumentException"><paramref name="content"/> cannot be read or <paramref name="fileName"/> is empty.</exception>
    public static WeComFile FromStream(Stream content, string fileName, string? contentType = null)
    {
        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        if (!content.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(content));
        }

        if (string.IsNullOrEmpty(fileName))
        {
            throw new ArgumentException("A file name is required.", nameof(fileName));
        }

        return new WeComFile(null, content, fileName, Checked(contentType));
    }

    /// <summary>The part's <c>Content-Type</c>: declared, else <c>application/octet-stream</c>.</summary>
    internal string PartContentType => ContentType ?? "application/octet-stream";

    /// <summary>Where failures say the file is: its path, or the stream's file name.</summary>
    internal string Description => Path ?? FileName;

    /// <summary>A declared content type goes into a part header as is: it must be printable ASCII, one line.</summary>
    private static string? Checked(string? contentType)
    {
        if (contentType is not null && (contentType.Length == 0 || contentType.Any(c => c < ' ' || c > '~')))
        {
            throw new ArgumentException("A content type must be printable ASCII on one line (image/png, say).", nameof(contentType));
        }

        return contentType;
    }

    /// <inheritdoc/>
    public override string ToString() => FileName;
}
