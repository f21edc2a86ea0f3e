using System.Text.Json;
using WeComGen.ExternalContact;
using WeComGen.Validation;

namespace WeComGen.Emulator.WelcomeCodes;

/// <summary>
/// What send_welcome_msg checks in a body before it looks at the code: a missing welcome_code is 41049, an
/// attachment type the contract does not define 41065, any other break of the contract (the generated
/// validator's errors) 40058.
/// </summary>
internal static class WelcomeMessageChecks
{
    public static (WeComErrorCode Code, SendWelcomeMsgRequest? Request) Check(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (WeComErrorCode.InvalidParameter, null);
        }

        if (!body.TryGetProperty("welcome_code", out var code) || code.ValueKind != JsonValueKind.String || code.GetString() is not { Length: > 0 })
        {
            return (WeComErrorCode.WelcomeCodeMissing, null);
        }

        if (body.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
        {
            foreach (var attachment in attachments.EnumerateArray())
            {
                if (attachment.ValueKind != JsonValueKind.Object
                    || !attachment.TryGetProperty("msgtype", out var type)
                    || type.ValueKind != JsonValueKind.String
                    || !AttachmentTypeExtensions.TryParseWireValue(type.GetString(), out _))
                {
                    return (WeComErrorCode.InvalidAttachmentType, null);
                }
            }
        }

        SendWelcomeMsgRequest? request;
        try
        {
            request = body.Deserialize(ExternalContactJsonContext.Default.SendWelcomeMsgRequest);
        }
        catch (JsonException)
        {
            return (WeComErrorCode.InvalidParameter, null);
        }

        return request is not null && request.Validate(ViolationSeverity.Error).IsValid ? (WeComErrorCode.Ok, request) : (WeComErrorCode.InvalidParameter, null);
    }
}
