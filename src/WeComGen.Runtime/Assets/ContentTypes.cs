using System;
using System.IO;

namespace WeComGen.Assets;

/// <summary>The content type a welcome asset declares when none is given, from its file name's extension.</summary>
internal static class ContentTypes
{
    public static string? FromFileName(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".PNG" => "image/png",
        ".JPG" or ".JPEG" => "image/jpeg",
        ".MP4" => "video/mp4",
        ".AMR" => "audio/amr",
        ".PDF" => "application/pdf",
        _ => null,
    };
}
