// The send_welcome_msg types written by hand with a System.Text.Json [JsonSerializable] context: the
// System.Text.Json generator's input for the same contract the WeComGen generator reads from the schema.
#nullable enable
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Bench.HandWritten
{
    public sealed class SendWelcomeMsgRequest
    {
        [JsonPropertyName("welcome_code")] public required string WelcomeCode { get; set; }
        [JsonPropertyName("text")] public Text? Text { get; set; }
        [JsonPropertyName("attachments")] public List<Attachment>? Attachments { get; set; }
    }

    public sealed class Text
    {
        [JsonPropertyName("content")] public string? Content { get; set; }
    }

    public enum AttachmentType
    {
        Image,
        Link,
        MiniProgram,
        Video,
        File,
    }

    public sealed class Attachment
    {
        [JsonPropertyName("msgtype")] public required AttachmentType MsgType { get; set; }
        [JsonPropertyName("image")] public ImageAttachment? Image { get; set; }
        [JsonPropertyName("link")] public LinkAttachment? Link { get; set; }
        [JsonPropertyName("miniprogram")] public MiniProgramAttachment? MiniProgram { get; set; }
        [JsonPropertyName("video")] public VideoAttachment? Video { get; set; }
        [JsonPropertyName("file")] public FileAttachment? File { get; set; }
    }

    public sealed class ImageAttachment
    {
        [JsonPropertyName("media_id")] public string? MediaId { get; set; }
        [JsonPropertyName("pic_url")] public string? PicUrl { get; set; }
    }

    public sealed class LinkAttachment
    {
        [JsonPropertyName("title")] public required string Title { get; set; }
        [JsonPropertyName("picurl")] public string? PicUrl { get; set; }
        [JsonPropertyName("desc")] public string? Description { get; set; }
        [JsonPropertyName("url")] public required string Url { get; set; }
    }

    public sealed class MiniProgramAttachment
    {
        [JsonPropertyName("title")] public required string Title { get; set; }
        [JsonPropertyName("pic_media_id")] public required string PicMediaId { get; set; }
        [JsonPropertyName("appid")] public required string AppId { get; set; }
        [JsonPropertyName("page")] public required string Page { get; set; }
    }

    public sealed class VideoAttachment
    {
        [JsonPropertyName("media_id")] public required string MediaId { get; set; }
    }

    public sealed class FileAttachment
    {
        [JsonPropertyName("media_id")] public required string MediaId { get; set; }
    }

    public sealed class SendWelcomeMsgResponse
    {
        [JsonPropertyName("errcode")] public required int ErrCode { get; set; }
        [JsonPropertyName("errmsg")] public string? ErrMsg { get; set; }
    }

    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(SendWelcomeMsgRequest))]
    [JsonSerializable(typeof(SendWelcomeMsgResponse))]
    public sealed partial class WelcomeJsonContext : JsonSerializerContext
    {
    }
}
