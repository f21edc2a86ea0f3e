using System;

namespace WeComGen.Emulator.Media;

/// <summary>The file formats the upload limits name, told by the file's first bytes, never by its name.</summary>
internal enum MediaFormat
{
    Unknown,
    Jpeg,
    Png,
    Amr,
    Mp4,
}

internal static class MediaFormats
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    /// <summary>"#!AMR" starts both AMR and AMR-WB files.</summary>
    private static ReadOnlySpan<byte> AmrSignature => "#!AMR"u8;

    /// <summary>An MP4 starts with a box whose type, at offset 4, is <c>ftyp</c>.</summary>
    private static ReadOnlySpan<byte> Mp4Box => "ftyp"u8;

    public static MediaFormat Detect(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(PngSignature) ? MediaFormat.Png
        : bytes.StartsWith(JpegSignature) ? MediaFormat.Jpeg
        : bytes.StartsWith(AmrSignature) ? MediaFormat.Amr
        : bytes.Length >= 8 && bytes[4..8].SequenceEqual(Mp4Box) ? MediaFormat.Mp4
        : MediaFormat.Unknown;

    /// <summary>The content type the emulator serves a file of <paramref name="format"/> with.</summary>
    public static string ContentType(this MediaFormat format) => format switch
    {
        MediaFormat.Png => "image/png",
        MediaFormat.Jpeg => "image/jpeg",
        MediaFormat.Amr => "audio/amr",
        MediaFormat.Mp4 => "video/mp4",
        _ => "application/octet-stream",
    };

    public static bool IsImage(this MediaFormat format) => format is MediaFormat.Png or MediaFormat.Jpeg;
}
