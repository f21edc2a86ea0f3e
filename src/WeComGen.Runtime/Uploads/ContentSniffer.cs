using System;

namespace WeComGen.Uploads;

/// <summary>
/// Recognises a file's media type by the signature at its start, for the media types WeCom's uploads accept. The
/// file name's extension is never consulted: a renamed text file is still text.
/// </summary>
internal static class ContentSniffer
{
    /// <summary>How many leading bytes <see cref="Recognise"/> needs to tell every known type.</summary>
    public const int HeadLength = 8;

    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Amr = [(byte)'#', (byte)'!', (byte)'A', (byte)'M', (byte)'R', (byte)'\n'];

    // ISO base media files (MP4) start with a box whose type, after its 4-byte size, is "ftyp".
    private static readonly byte[] FileTypeBox = [(byte)'f', (byte)'t', (byte)'y', (byte)'p'];
    private const int FileTypeBoxAt = 4;

    private static readonly string[] Known = ["image/png", "image/jpeg", "video/mp4", "audio/amr"];

    /// <summary>The media type <paramref name="head"/> (a file's first bytes) starts, or <see langword="null"/> when none is recognised.</summary>
    public static string? Recognise(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Png))
        {
            return "image/png";
        }

        if (head.StartsWith(Jpeg))
        {
            return "image/jpeg";
        }

        if (head.StartsWith(Amr))
        {
            return "audio/amr";
        }

        return head.Length >= FileTypeBoxAt + FileTypeBox.Length && head.Slice(FileTypeBoxAt).StartsWith(FileTypeBox)
            ? "video/mp4"
            : null;
    }

    /// <summary>Whether <see cref="Recognise"/> can tell <paramref name="mediaType"/>; a rule naming another type cannot be checked by content.</summary>
    public static bool Knows(string mediaType) =>
        Array.Exists(Known, known => string.Equals(known, mediaType, StringComparison.OrdinalIgnoreCase));
}
