using System;
using WeComGen.Credentials;
using static WeComGen.Callbacks.CallbackFieldNames;

namespace WeComGen.Callbacks;

/// <summary>Turns a decrypted callback into a <see cref="WeComCallbackEvent"/>.</summary>
public static class CallbackEventParser
{
    /// <summary>The default cap on the decrypted XML, in characters.</summary>
    public const int DefaultMaxChars = 48 * 1024;

    /// <summary>
    /// The default allowance for WeCom's clock against ours when a welcome code's receipt is bounded by its event's
    /// <c>CreateTime</c>: 3 seconds (the whole-second <c>CreateTime</c>, the network, and clocks a little apart).
    /// </summary>
    public static TimeSpan DefaultCreateTimeAllowance { get; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Parses <paramref name="xml"/> of a callback that arrives now by <paramref name="clock"/>: call this as soon as
    /// the callback is decrypted. See <see cref="Parse(string, DateTimeOffset, TimeSpan, int)"/> for the welcome code's clock.
    /// </summary>
    public static CallbackResult<WeComCallbackEvent> Parse(string xml, TimeProvider clock, int maxChars = DefaultMaxChars) =>
        Parse(xml, (clock ?? throw new ArgumentNullException(nameof(clock))).GetUtcNow(), maxChars);

    /// <summary>
    /// Parses <paramref name="xml"/> of a callback that arrived at <paramref name="arrivedAt"/>, with
    /// <see cref="DefaultCreateTimeAllowance"/>. See <see cref="Parse(string, DateTimeOffset, TimeSpan, int)"/>.
    /// </summary>
    public static CallbackResult<WeComCallbackEvent> Parse(string xml, DateTimeOffset arrivedAt, int maxChars = DefaultMaxChars) =>
        Parse(xml, arrivedAt, DefaultCreateTimeAllowance, maxChars);

    /// <summary>
    /// Parses <paramref name="xml"/> of a callback that arrived at <paramref name="arrivedAt"/> (taken when the request
    /// came in, before its body was read). A welcome code's 20 seconds run from the earlier of the arrival and the
    /// event's <c>CreateTime</c> plus <paramref name="createTimeAllowance"/>: WeCom re-sends an unanswered callback
    /// with the same code, whose window began at the first push, so a re-send never gets a fresh window.
    /// </summary>
    public static CallbackResult<WeComCallbackEvent> Parse(string xml, DateTimeOffset arrivedAt, TimeSpan createTimeAllowance, int maxChars = DefaultMaxChars)
    {
        if (xml is null)
        {
            throw new ArgumentNullException(nameof(xml));
        }

        if (createTimeAllowance < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(createTimeAllowance), "The allowance cannot be negative.");
        }

        return SafeXml.ReadFields(xml, maxChars, "decrypted message").Then(fields =>
            AddTypeOf(fields) is { } addType
                ? ParseAdded(fields, xml, arrivedAt, createTimeAllowance, addType)
                : CallbackResult.Success<WeComCallbackEvent>(new OtherCallbackEvent(fields, xml, arrivedAt)));
    }

    /// <summary>
    /// When a welcome code's window began, as best this side can tell: its arrival, unless its event was created
    /// longer ago than the allowance (a re-send), then the creation plus the allowance. Never later than the arrival.
    /// </summary>
    public static DateTimeOffset WelcomeCodeReceivedAt(DateTimeOffset arrivedAt, DateTimeOffset createTime, TimeSpan createTimeAllowance) =>
        createTime > arrivedAt - createTimeAllowance ? arrivedAt : createTime + createTimeAllowance;

    private static ExternalContactAddType? AddTypeOf(CallbackFields fields)
    {
        var isChangeExternalContact = fields.Find(InfoType) is { } infoType
            ? infoType == ChangeExternalContact
            : fields.Find(MsgType) == EventMsgType && fields.Find(Event) == ChangeExternalContact;

        return isChangeExternalContact ? ExternalContactAddTypeWire.FromWire(fields.Find(ChangeType)) : null;
    }

    private static CallbackResult<WeComCallbackEvent> ParseAdded(
        CallbackFields fields, string xml, DateTimeOffset arrivedAt, TimeSpan createTimeAllowance, ExternalContactAddType addType)
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

        if (!CallbackTimestamp.TryParse(time, out var createTime))
        {
            return CallbackResult.Fail(CallbackErrorReason.MalformedXml, $"{timeField} is not a Unix time in seconds.");
        }

        var welcomeCode = fields.Find(WelcomeCode) is { } code
            ? new EventCode(code, WelcomeCodeReceivedAt(arrivedAt, createTime, createTimeAllowance))
            : null;
        return CallbackResult.Success<WeComCallbackEvent>(new ExternalContactAddedEvent(
            fields, xml, arrivedAt, addType, userId, externalUserId, createTime, welcomeCode));
    }
}
