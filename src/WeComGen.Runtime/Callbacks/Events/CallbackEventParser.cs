using System;
using System.Globalization;
using WeComGen.Credentials;
using static WeComGen.Callbacks.CallbackFieldNames;

namespace WeComGen.Callbacks;

/// <summary>Turns a decrypted callback into a <see cref="WeComCallbackEvent"/>.</summary>
public static class CallbackEventParser
{
    /// <summary>The default cap on the decrypted XML, in characters.</summary>
    public const int DefaultMaxChars = 48 * 1024;

    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>
    /// Parses <paramref name="xml"/>. The welcome code, if any, is stamped with <paramref name="clock"/>'s now:
    /// call this as soon as the callback is decrypted, so the code's 20 seconds start when it arrived.
    /// </summary>
    public static CallbackResult<WeComCallbackEvent> Parse(string xml, TimeProvider clock, int maxChars = DefaultMaxChars) =>
        Parse(xml, (clock ?? throw new ArgumentNullException(nameof(clock))).GetUtcNow(), maxChars);

    /// <summary>
    /// Parses <paramref name="xml"/> of a callback that arrived at <paramref name="receivedAt"/> (taken when the
    /// request came in, before its body was read): the welcome code's 20 seconds run from then.
    /// </summary>
    public static CallbackResult<WeComCallbackEvent> Parse(string xml, DateTimeOffset receivedAt, int maxChars = DefaultMaxChars)
    {
        if (xml is null)
        {
            throw new ArgumentNullException(nameof(xml));
        }

        return SafeXml.ReadFields(xml, maxChars, "decrypted message").Then(fields =>
            AddTypeOf(fields) is { } addType
                ? ParseAdded(fields, xml, receivedAt, addType)
                : CallbackResult.Success<WeComCallbackEvent>(new OtherCallbackEvent(fields, xml, receivedAt)));
    }

    private static ExternalContactAddType? AddTypeOf(CallbackFields fields)
    {
        var isChangeExternalContact = fields.Find(InfoType) is { } infoType
            ? infoType == ChangeExternalContact
            : fields.Find(MsgType) == EventMsgType && fields.Find(Event) == ChangeExternalContact;

        return isChangeExternalContact ? ExternalContactAddTypeWire.FromWire(fields.Find(ChangeType)) : null;
    }

    private static CallbackResult<WeComCallbackEvent> ParseAdded(
        CallbackFields fields, string xml, DateTimeOffset receivedAt, ExternalContactAddType addType)
    {
        var userId = fields.Find(UserId);
        var externalUserId = fields.Find(ExternalUserId);
        var timeField = fields.Find(InfoType) is null ? CreateTime : TimeStamp;
        var time = fields.Find(timeField);
        if (userId is null || externalUserId is null || time is null)
        {
            return CallbackResult.Fail(
                CallbackErrorReason.MalformedXml,
                $"{fields.Find(ChangeType)} needs {UserId}, {ExternalUserId} and {timeField}; it has {fields}.");
        }

        if (!long.TryParse(time, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > MaxUnixSeconds)
        {
            return CallbackResult.Fail(CallbackErrorReason.MalformedXml, $"{timeField} is not a Unix time in seconds.");
        }

        // EventCode.Received(code, clock) as of the instant the callback arrived, shared by the whole event.
        var welcomeCode = fields.Find(WelcomeCode) is { } code ? new EventCode(code, receivedAt) : null;
        return CallbackResult.Success<WeComCallbackEvent>(new ExternalContactAddedEvent(
            fields, xml, receivedAt, addType, userId, externalUserId, DateTimeOffset.FromUnixTimeSeconds(seconds), welcomeCode));
    }
}
