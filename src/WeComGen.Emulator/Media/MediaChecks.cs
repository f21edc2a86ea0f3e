using System;
using System.Linq;
using WeComGen.Emulator.Neighbours;

namespace WeComGen.Emulator.Media;

/// <summary>What the upload pages demand of a file: more than 5 bytes, at most the type's limit, in its formats.</summary>
internal static class MediaChecks
{
    /// <summary>The error <paramref name="bytes"/> earn under <paramref name="limit"/>, or <see langword="null"/>.</summary>
    public static NeighbourError? Check(ReadOnlySpan<byte> bytes, MediaLimit limit, bool image)
    {
        if (bytes.Length <= NeighbourContract.MediaUpload.LargerThanBytes)
        {
            return NeighbourContract.MediaUpload.TooSmall;
        }

        if (bytes.Length > limit.MaxBytes)
        {
            return NeighbourContract.MediaUpload.TooLarge;
        }

        if (limit.Formats.Count > 0 && !limit.Formats.Contains(MediaFormats.Detect(bytes)))
        {
            return image ? NeighbourContract.MediaUpload.NotAnImage : NeighbourContract.MediaUpload.WrongFormat;
        }

        return null;
    }
}
