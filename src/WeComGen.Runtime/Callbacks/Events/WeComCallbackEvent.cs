using System;

namespace WeComGen.Callbacks;

/// <summary>
/// A decrypted callback. <see cref="ExternalContactAddedEvent"/> is the one with a typed shape; every other
/// event arrives as <see cref="OtherCallbackEvent"/> with all its fields.
/// </summary>
public abstract class WeComCallbackEvent
{
    private protected WeComCallbackEvent(CallbackFields fields, string xml, DateTimeOffset receivedAt)
    {
        Fields = fields;
        Xml = xml;
        ReceivedAt = receivedAt;
    }

    /// <summary>Every top-level field as WeCom sent it. Values may hold credentials: do not log them.</summary>
    public CallbackFields Fields { get; }

    /// <summary>The decrypted XML as WeCom sent it. It may hold credentials: do not log it.</summary>
    public string Xml { get; }

    /// <summary>When the callback arrived, by the clock it was parsed with.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Whether it came to a third-party app (<c>InfoType</c>, <c>SuiteId</c>, <c>AuthCorpId</c>) rather than a self-built one.</summary>
    public bool IsThirdParty => Fields.Find(CallbackFieldNames.InfoType) is not null;

    /// <summary>The event: <c>Event</c> for a self-built app, <c>InfoType</c> for a third-party app (<c>change_external_contact</c>).</summary>
    public string? EventName => Fields.Find(IsThirdParty ? CallbackFieldNames.InfoType : CallbackFieldNames.Event);

    /// <summary>The <c>ChangeType</c>, when the event has one.</summary>
    public string? ChangeType => Fields.Find(CallbackFieldNames.ChangeType);

    /// <summary>The corp the event is about: <c>ToUserName</c> for a self-built app, <c>AuthCorpId</c> for a third-party app.</summary>
    public string? CorpId => Fields.Find(IsThirdParty ? CallbackFieldNames.AuthCorpId : CallbackFieldNames.ToUserName);

    /// <summary>The third-party suite that received it (<c>SuiteId</c>); <see langword="null"/> for a self-built app.</summary>
    public string? SuiteId => Fields.Find(CallbackFieldNames.SuiteId);

    /// <summary>Names the event and its fields, never their values.</summary>
    public override string ToString() => $"{GetType().Name} {EventName}/{ChangeType} {Fields}";
}
