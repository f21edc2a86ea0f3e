using System;

namespace WeComGen.Emulator.Media;

/// <summary>The <c>type</c> of a temporary media upload.</summary>
public enum MediaType
{
    /// <summary><c>image</c>: JPG or PNG, up to 10 MB.</summary>
    Image,

    /// <summary><c>voice</c>: AMR, up to 2 MB.</summary>
    Voice,

    /// <summary><c>video</c>: MP4, up to 10 MB.</summary>
    Video,

    /// <summary><c>file</c>: anything, up to 20 MB.</summary>
    File,
}

/// <summary>The wire names of <see cref="MediaType"/>.</summary>
public static class MediaTypes
{
    /// <summary>The <c>type</c> value WeCom uses: <c>image</c>, <c>voice</c>, <c>video</c>, <c>file</c>.</summary>
    public static string ToWireValue(this MediaType type) => type switch
    {
        MediaType.Image => "image",
        MediaType.Voice => "voice",
        MediaType.Video => "video",
        MediaType.File => "file",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a media type."),
    };

    /// <summary>Reads a <c>type</c> value; case matters, as it does to WeCom.</summary>
    public static bool TryParseWireValue(string? value, out MediaType type)
    {
        foreach (var candidate in Enum.GetValues<MediaType>())
        {
            if (candidate.ToWireValue() == value)
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}
