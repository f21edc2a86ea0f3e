using System.Text.Json;
using System.Text.Json.Serialization;
using WeComGen.Credentials;
using WeComGen.Endpoints;
using WeComGen.Validation;

namespace WeComGen.Client.Tests.Support;

/// <summary>A hand-written send_welcome_msg request: the shape the generator emits, with just enough validation.</summary>
public sealed class WelcomeRequest
{
    [JsonPropertyName("welcome_code")]
    [JsonConverter(typeof(EventCodeJsonConverter))]
    public EventCode? WelcomeCode { get; set; }

    [JsonPropertyName("text")]
    public WelcomeText? Text { get; set; }

    public ValidationResult Validate()
    {
        var violations = new List<ContractViolation>();
        if (string.IsNullOrEmpty(WelcomeCode?.Value))
        {
            violations.Add(new ContractViolation("$.welcome_code", ContractRule.Required, null, null, "welcome_code is required by the contract but is not set"));
        }

        if (Text is null)
        {
            violations.Add(new ContractViolation("$", ContractRule.AtLeastOneOf, "text, attachments", null, "the request sets none of text, attachments"));
        }

        return violations.Count == 0 ? ValidationResult.Valid : new ValidationResult(violations);
    }
}

public sealed class WelcomeText
{
    [JsonPropertyName("content")]
    public string? Content { get; set; }
}

public sealed class WelcomeResponse
{
    [JsonPropertyName("errcode")]
    public int ErrCode { get; set; }

    [JsonPropertyName("errmsg")]
    public string? ErrMsg { get; set; }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WelcomeRequest))]
[JsonSerializable(typeof(WelcomeResponse))]
public sealed partial class WelcomeJsonContext : JsonSerializerContext
{
}

/// <summary>The send_welcome_msg descriptor as the generator emits it, over the hand-written types and the schema's error table.</summary>
public static class WelcomeEndpoint
{
    public static EndpointDescriptor<WelcomeRequest, WelcomeResponse> Descriptor { get; } = new()
    {
        Name = "SendWelcomeMsg",
        Method = "POST",
        Path = "/cgi-bin/externalcontact/send_welcome_msg",
        AccessTokenQueryParameter = "access_token",
        RequestTypeInfo = WelcomeJsonContext.Default.WelcomeRequest,
        ResponseTypeInfo = WelcomeJsonContext.Default.WelcomeResponse,
        Validate = request => request.Validate(),
        GetErrorCode = response => response.ErrCode,
        GetErrorMessage = response => response.ErrMsg,
        GetCredential = request => request.WelcomeCode,
        CredentialValidity = TimeSpan.FromSeconds(20),
        CredentialSingleUse = true,
        Errors = SchemaErrors.Table,
    };

    public static WelcomeRequest Request(EventCode code, string text = "你好，欢迎！") =>
        new() { WelcomeCode = code, Text = new WelcomeText { Content = text } };
}

/// <summary>The error table read from the schema's <c>x-wecom-errors</c>, as the generator reads it.</summary>
public static class SchemaErrors
{
    public static ErrorTable Table { get; } = Load();

    private static ErrorTable Load()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "send_welcome_msg.schema.json")));
        var rows = schema.RootElement.GetProperty("$defs").GetProperty("WeComErrorCode").GetProperty("x-wecom-errors").EnumerateArray()
            .Select(row => new ErrorCodeInfo(
                row.GetProperty("code").GetInt32(),
                row.GetProperty("name").GetString()!,
                row.TryGetProperty("errmsg", out var errmsg) ? errmsg.GetString() : null,
                row.GetProperty("meaning").GetString()!,
                ParseAction(row.GetProperty("action").GetString()!),
                row.TryGetProperty("hint", out var hint) ? hint.GetString() : null,
                row.TryGetProperty("retryLimit", out var limit) ? limit.GetInt32() : null));
        return new ErrorTable(rows);
    }

    private static ErrorAction ParseAction(string action) =>
        Enum.Parse<ErrorAction>(action.Replace("-", string.Empty), ignoreCase: true);
}
