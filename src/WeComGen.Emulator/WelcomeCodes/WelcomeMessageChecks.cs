using System;
using System.Collections.Generic;
using System.Linq;
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
    public static CheckedBody Check(ReadOnlyMemory<byte> body)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return CheckedBody.Refused(WeComErrorCode.InvalidParameter, null, "the body is not JSON");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return CheckedBody.Refused(WeComErrorCode.InvalidParameter, null, "the body is not a JSON object");
        }

        if (!root.TryGetProperty("welcome_code", out var code) || code.ValueKind != JsonValueKind.String || code.GetString() is not { Length: > 0 } welcomeCode)
        {
            return CheckedBody.Refused(WeComErrorCode.WelcomeCodeMissing, null, "$.welcome_code is missing");
        }

        if (UndefinedAttachmentType(root) is { } path)
        {
            return CheckedBody.Refused(WeComErrorCode.InvalidAttachmentType, welcomeCode, path + " is not an attachment type the contract defines");
        }

        SendWelcomeMsgRequest? request;
        try
        {
            request = root.Deserialize(ExternalContactJsonContext.Default.SendWelcomeMsgRequest);
        }
        catch (JsonException e)
        {
            return CheckedBody.Refused(WeComErrorCode.InvalidParameter, welcomeCode, e.Path is { } at ? at + " cannot be read" : "the body cannot be read");
        }

        var errors = request?.Validate(ViolationSeverity.Error).Errors.Select(v => v.Path + ": " + v.Message).ToList() ?? [];
        return request is not null && errors.Count == 0
            ? new CheckedBody(WeComErrorCode.Ok, welcomeCode, request, [])
            : CheckedBody.Refused(WeComErrorCode.InvalidParameter, welcomeCode, [.. errors]);
    }

    /// <summary>The path of the first attachment's <c>msgtype</c> that the contract does not define, if any.</summary>
    private static string? UndefinedAttachmentType(JsonElement root)
    {
        if (!root.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var index = 0;
        foreach (var attachment in attachments.EnumerateArray())
        {
            if (attachment.ValueKind != JsonValueKind.Object
                || !attachment.TryGetProperty("msgtype", out var type)
                || type.ValueKind != JsonValueKind.String
                || !AttachmentTypeExtensions.TryParseWireValue(type.GetString(), out _))
            {
                return $"$.attachments[{index}].msgtype";
            }

            index++;
        }

        return null;
    }
}

/// <summary>A send_welcome_msg body as checked: the errcode it earns, its code when it has one, the request when it is valid, and why not.</summary>
internal sealed record CheckedBody(WeComErrorCode Code, string? WelcomeCode, SendWelcomeMsgRequest? Request, IReadOnlyList<string> Problems)
{
    public static CheckedBody Refused(WeComErrorCode code, string? welcomeCode, params string[] problems) => new(code, welcomeCode, null, problems);
}
