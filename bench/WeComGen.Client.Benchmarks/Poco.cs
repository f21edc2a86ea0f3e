using Newtonsoft.Json;
using STJ = System.Text.Json.Serialization;

namespace WeComGen.Client.Benchmarks;

// The request as a hand-written SDK would model it: plain classes, both serializers' attributes, nulls omitted.

public sealed class PocoRequest
{
    [JsonProperty("welcome_code")]
    [STJ.JsonPropertyName("welcome_code")]
    public string? WelcomeCode { get; set; }

    [JsonProperty("text")]
    [STJ.JsonPropertyName("text")]
    public PocoText? Text { get; set; }

    [JsonProperty("attachments")]
    [STJ.JsonPropertyName("attachments")]
    public List<PocoAttachment>? Attachments { get; set; }
}

public sealed class PocoText
{
    [JsonProperty("content")]
    [STJ.JsonPropertyName("content")]
    public string? Content { get; set; }
}

public sealed class PocoAttachment
{
    [JsonProperty("msgtype")]
    [STJ.JsonPropertyName("msgtype")]
    public string? MsgType { get; set; }

    [JsonProperty("image")]
    [STJ.JsonPropertyName("image")]
    public PocoImage? Image { get; set; }

    [JsonProperty("link")]
    [STJ.JsonPropertyName("link")]
    public PocoLink? Link { get; set; }

    [JsonProperty("miniprogram")]
    [STJ.JsonPropertyName("miniprogram")]
    public PocoMiniProgram? MiniProgram { get; set; }

    [JsonProperty("video")]
    [STJ.JsonPropertyName("video")]
    public PocoMedia? Video { get; set; }

    [JsonProperty("file")]
    [STJ.JsonPropertyName("file")]
    public PocoMedia? File { get; set; }
}

public sealed class PocoImage
{
    [JsonProperty("media_id")]
    [STJ.JsonPropertyName("media_id")]
    public string? MediaId { get; set; }

    [JsonProperty("pic_url")]
    [STJ.JsonPropertyName("pic_url")]
    public string? PicUrl { get; set; }
}

public sealed class PocoLink
{
    [JsonProperty("title")]
    [STJ.JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonProperty("picurl")]
    [STJ.JsonPropertyName("picurl")]
    public string? PicUrl { get; set; }

    [JsonProperty("desc")]
    [STJ.JsonPropertyName("desc")]
    public string? Desc { get; set; }

    [JsonProperty("url")]
    [STJ.JsonPropertyName("url")]
    public string? Url { get; set; }
}

public sealed class PocoMiniProgram
{
    [JsonProperty("title")]
    [STJ.JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonProperty("pic_media_id")]
    [STJ.JsonPropertyName("pic_media_id")]
    public string? PicMediaId { get; set; }

    [JsonProperty("appid")]
    [STJ.JsonPropertyName("appid")]
    public string? AppId { get; set; }

    [JsonProperty("page")]
    [STJ.JsonPropertyName("page")]
    public string? Page { get; set; }
}

public sealed class PocoMedia
{
    [JsonProperty("media_id")]
    [STJ.JsonPropertyName("media_id")]
    public string? MediaId { get; set; }
}
