using System.IO;
using System.Linq;
using System.Text.Json;
using WeComGen.Assets;
using WeComGen.Emulator;
using WeComGen.Emulator.Callbacks;
using WeComGen.Emulator.WelcomeCodes;
using WeComGen.ExternalContact;

namespace WeComGen.Samples.WelcomeBot.Emulated;

/// <summary>Prints what the bot uploaded and what the emulator received, read with the bot's own types; the welcome code stays masked.</summary>
internal static class DeliveryReport
{
    /// <summary>Each asset and what WeCom (the emulator) gave for it.</summary>
    public static void WriteAssets(TextWriter output, WelcomeAssets assets)
    {
        var media = assets.Current;
        output.WriteLine($"welcome assets uploaded at start ({assets.UploadCount} upload(s)):");
        foreach (var name in media.Names)
        {
            output.WriteLine(media.ExpiresAt(name) is { } expiresAt
                ? $"  {name,-8} media_id {Short(media.MediaId(name))}, expires {expiresAt:yyyy-MM-dd HH:mm:ss}Z (WeCom's clock)"
                : $"  {name,-8} pic_url {ShortUrl(media.PicUrl(name))} (permanent)");
        }
    }

    public static void Write(TextWriter output, DeliveredWelcomeMessage delivered, AddedCustomer customer, WeComEmulator wecom)
    {
        var request = JsonSerializer.Deserialize(delivered.Json, ExternalContactJsonContext.Default.SendWelcomeMsgRequest)!;
        output.WriteLine(
            $"the emulator delivered, {(delivered.DeliveredAt - customer.IssuedAt).TotalSeconds:0.000} s after the code was issued " +
            $"(welcome_code {request.WelcomeCode}, app {delivered.App}):");
        if (request.Text?.Content is { } text)
        {
            output.WriteLine($"  text         {text}");
        }

        foreach (var attachment in request.Attachments ?? [])
        {
            output.WriteLine("  " + Describe(attachment, wecom));
        }
    }

    private static string Describe(Attachment attachment, WeComEmulator wecom) => attachment switch
    {
        { Image.PicUrl: { } url } => $"image        {(wecom.Media.FindImage(url) is { } picture ? $"{picture} pic_url {ShortUrl(url)}, permanent" : ShortUrl(url))}",
        { Image.MediaId: { } mediaId } => $"image        {Media(mediaId, wecom)}",
        { Link: { } link } => $"link         {link.Title} -> {link.Url}",
        { MiniProgram: { } card } => $"miniprogram  {card.Title} ({card.AppId} {card.Page}), cover {Media(card.PicMediaId, wecom)}",
        { Video: { } video } => $"video        {Media(video.MediaId, wecom)}",
        { File: { } file } => $"file         {Media(file.MediaId, wecom)}",
        _ => AttachmentTypeExtensions.ToWireValue(attachment.MsgType) ?? attachment.MsgType.ToString(),
    };

    /// <summary>A media_id with the file the emulator holds under it and how long it is valid.</summary>
    private static string Media(string? mediaId, WeComEmulator wecom) =>
        mediaId is null ? "(none)"
        : wecom.Media.Find(mediaId) is { } uploaded ? $"{uploaded} media_id {Short(mediaId)}, valid until {uploaded.ExpiresAt:yyyy-MM-dd HH:mm:ss}Z"
        : $"media_id {Short(mediaId)} (unknown to the emulator)";

    private static string Short(string mediaId) => mediaId.Length > 12 ? mediaId[..12] + "…" : mediaId;

    /// <summary>A long image URL with its middle left out, for a line that fits a terminal.</summary>
    private static string ShortUrl(string url) => url.Length > 48 ? url[..36] + "…" + url[^8..] : url;
}
