using System;
using System.Collections.Generic;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.Media;

/// <summary>
/// The media a welcome refers to, as send_welcome_msg checks them (40007 invalid media_id): each media_id, and a
/// mini program's pic_media_id, must be one the emulator took, not past its three days, of the attachment's type.
/// </summary>
internal static class WelcomeMedia
{
    /// <summary>Each media_id WeCom would not take, by path, with the reason.</summary>
    public static IReadOnlyList<string> Problems(SendWelcomeMsgRequest request, EmulatorMedia media, DateTimeOffset now)
    {
        var problems = new List<string>();
        var attachments = request.Attachments ?? [];
        for (var i = 0; i < attachments.Count; i++)
        {
            var (path, mediaId, type) = attachments[i] switch
            {
                { Image.MediaId: { } id } => ("image.media_id", id, MediaType.Image),
                { MiniProgram.PicMediaId: { } id } => ("miniprogram.pic_media_id", id, MediaType.Image),
                { Video.MediaId: { } id } => ("video.media_id", id, MediaType.Video),
                { File.MediaId: { } id } => ("file.media_id", id, MediaType.File),
                _ => (null, null, default(MediaType)),
            };
            if (mediaId is not null && Problem(media.Find(mediaId), type, now) is { } problem)
            {
                problems.Add($"$.attachments[{i}].{path}: {problem}");
            }
        }

        return problems;
    }

    private static string? Problem(UploadedMedia? uploaded, MediaType type, DateTimeOffset now) =>
        uploaded is null ? "no media was uploaded with this media_id"
        : uploaded.Type != type ? $"the media_id is a {uploaded.Type.ToWireValue()} upload, not {type.ToWireValue()}"
        : !uploaded.IsValidAt(now) ? $"the media_id expired at {uploaded.ExpiresAt:yyyy-MM-dd HH:mm:ss}Z (uploaded {uploaded.CreatedAt:yyyy-MM-dd HH:mm:ss}Z)"
        : null;
}
