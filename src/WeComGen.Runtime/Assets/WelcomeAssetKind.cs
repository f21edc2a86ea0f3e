using System.Collections.Generic;

namespace WeComGen.Assets;

/// <summary>What a welcome asset is for, which decides how it is uploaded and how long what WeCom gives back lives.</summary>
public enum WelcomeAssetKind
{
    /// <summary>An image attachment, sent as a <c>pic_url</c>: uploaded once with <c>media/uploadimg</c>, permanent.</summary>
    Image,

    /// <summary>A mini-program card's cover (<c>pic_media_id</c>): <c>media/upload</c> type image, a media_id that expires (the schema says when).</summary>
    MiniProgramCover,

    /// <summary>A video attachment: <c>media/upload</c> type video, a media_id that expires (the schema says when).</summary>
    Video,

    /// <summary>A file attachment: <c>media/upload</c> type file, a media_id that expires (the schema says when).</summary>
    File,
}

/// <summary>The upload each kind takes.</summary>
public static class WelcomeAssetKinds
{
    /// <summary>Every kind, in declaration order.</summary>
    public static IReadOnlyList<WelcomeAssetKind> All { get; } = [WelcomeAssetKind.Image, WelcomeAssetKind.MiniProgramCover, WelcomeAssetKind.Video, WelcomeAssetKind.File];

    /// <summary>Whether WeCom's answer is permanent (an image URL) rather than a media_id that expires.</summary>
    public static bool IsPermanent(this WelcomeAssetKind kind) => kind == WelcomeAssetKind.Image;

    /// <summary>The <c>type</c> of <c>media/upload</c> for a kind that expires; <see langword="null"/> for a permanent image.</summary>
    public static string? MediaType(this WelcomeAssetKind kind) => kind switch
    {
        WelcomeAssetKind.MiniProgramCover => "image",
        WelcomeAssetKind.Video => "video",
        WelcomeAssetKind.File => "file",
        _ => null,
    };
}
