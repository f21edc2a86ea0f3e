using System;
using WeComGen.Credentials;

namespace WeComGen.Callbacks;

/// <summary>
/// <c>change_external_contact</c> with <c>ChangeType</c> <c>add_external_contact</c> or
/// <c>add_half_external_contact</c>: the event that carries the welcome code, for self-built and third-party apps.
/// </summary>
public sealed class ExternalContactAddedEvent : WeComCallbackEvent
{
    internal ExternalContactAddedEvent(
        CallbackFields fields,
        string xml,
        DateTimeOffset receivedAt,
        ExternalContactAddType addType,
        string userId,
        string externalUserId,
        DateTimeOffset createTime,
        EventCode? welcomeCode)
        : base(fields, xml, receivedAt)
    {
        AddType = addType;
        UserId = userId;
        ExternalUserId = externalUserId;
        CreateTime = createTime;
        WelcomeCode = welcomeCode;
    }

    /// <summary>
    /// The event that issues a welcome code, as a contract's <c>x-wecom-credential</c> names it (<c>issuedBy</c>):
    /// the name under which <see cref="Endpoints.ContractRegistry"/> knows how long the code stays valid. Both add
    /// events carry the same kind of code.
    /// </summary>
    public static string WelcomeCodeIssuer => CallbackFieldNames.AddExternalContact;

    /// <summary>Which of the two add events it is.</summary>
    public ExternalContactAddType AddType { get; }

    /// <summary>The member's UserID (<c>UserID</c>).</summary>
    public string UserId { get; }

    /// <summary>The external contact's id (<c>ExternalUserID</c>).</summary>
    public string ExternalUserId { get; }

    /// <summary>The <c>state</c> of the contact-me configuration the contact came through, when one was set.</summary>
    public string? State => Fields.Find(CallbackFieldNames.State);

    /// <summary>When WeCom created the event (<c>CreateTime</c>, or <c>TimeStamp</c> for third-party apps).</summary>
    public DateTimeOffset CreateTime { get; }

    /// <summary>
    /// The welcome code, valid 20 seconds from its <see cref="EventCode.ReceivedAt"/>, and once. That is the
    /// callback's arrival (<see cref="WeComCallbackEvent.ReceivedAt"/>), or, for an event created longer ago than the
    /// allowance (WeCom re-sending it), <see cref="CreateTime"/> plus the allowance: see
    /// <see cref="CallbackEventParser.WelcomeCodeReceivedAt"/>. <see langword="null"/> when the admin console has a welcome message for the member: WeCom
    /// sends that one, and there is nothing to send (see <see cref="CanSendWelcome"/>).
    /// </summary>
    public EventCode? WelcomeCode { get; }

    /// <summary>Whether a welcome message may be sent for this event: whether it carries a welcome code.</summary>
    public bool CanSendWelcome => WelcomeCode is not null;
}
