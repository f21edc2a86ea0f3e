using System.Text.Json.Serialization;

namespace WeComGen.Tokens;

/// <summary>The answer of <c>GET /cgi-bin/gettoken</c>.</summary>
internal sealed class GetTokenAnswer
{
    [JsonPropertyName("errcode")]
    public int ErrCode { get; set; }

    [JsonPropertyName("errmsg")]
    public string? ErrMsg { get; set; }

    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; set; }
}

[JsonSerializable(typeof(GetTokenAnswer))]
internal sealed partial class TokenJsonContext : JsonSerializerContext
{
}
