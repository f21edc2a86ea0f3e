using System.Text.Json;

namespace WeComGen.Emulator.WelcomeCodes;

/// <summary>What send_welcome_msg checks in a body before it looks at the code, and the code it answers.</summary>
internal static class WelcomeMessageChecks
{
    private static readonly string[] AttachmentTypes = ["image", "link", "miniprogram", "video", "file"];

    /// <summary>0 and the welcome code when the body passes; else the error code WeCom answers.</summary>
    public static (int ErrCode, string? WelcomeCode) Check(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (WeComCodes.InvalidParameter, null);
        }

        if (!body.TryGetProperty("welcome_code", out var code) || code.ValueKind != JsonValueKind.String || code.GetString() is not { Length: > 0 } welcomeCode)
        {
            return (WeComCodes.WelcomeCodeMissing, null);
        }

        var hasText = body.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.Object;
        var hasAttachments = body.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array && attachments.GetArrayLength() > 0;
        if (!hasText && !hasAttachments)
        {
            return (WeComCodes.InvalidParameter, welcomeCode);
        }

        if (hasAttachments)
        {
            foreach (var attachment in attachments.EnumerateArray())
            {
                if (attachment.ValueKind != JsonValueKind.Object
                    || !attachment.TryGetProperty("msgtype", out var type)
                    || type.ValueKind != JsonValueKind.String
                    || System.Array.IndexOf(AttachmentTypes, type.GetString()) < 0)
                {
                    return (WeComCodes.InvalidAttachmentType, welcomeCode);
                }

                if (!attachment.TryGetProperty(type.GetString()!, out var payload) || payload.ValueKind != JsonValueKind.Object)
                {
                    return (WeComCodes.InvalidParameter, welcomeCode);
                }
            }
        }

        return (WeComCodes.Ok, welcomeCode);
    }
}
