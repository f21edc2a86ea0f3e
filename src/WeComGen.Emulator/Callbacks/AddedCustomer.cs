using System;
using WeComGen.Callbacks;
using WeComGen.Credentials;

namespace WeComGen.Emulator.Callbacks;

/// <summary>
/// A customer the emulator added to a member's contacts: the welcome code it issued, the encrypted
/// <c>change_external_contact</c> callback it pushed, and what the callback URL answered.
/// </summary>
public sealed class AddedCustomer
{
    internal AddedCustomer(string userId, string externalUserId, string? state, string welcomeCode, DateTimeOffset issuedAt, string eventXml, EncryptedCallbackRequest callback, CallbackAnswer answer)
    {
        UserId = userId;
        ExternalUserId = externalUserId;
        State = state;
        WelcomeCode = welcomeCode;
        IssuedAt = issuedAt;
        EventXml = eventXml;
        Callback = callback;
        Answer = answer;
    }

    /// <summary>The same customer with the answer to a re-sent callback.</summary>
    internal AddedCustomer(AddedCustomer customer, CallbackAnswer answer)
        : this(customer.UserId, customer.ExternalUserId, customer.State, customer.WelcomeCode, customer.IssuedAt, customer.EventXml, customer.Callback, answer)
    {
    }

    /// <summary>The member who added the customer (<c>UserID</c>).</summary>
    public string UserId { get; }

    /// <summary>The customer (<c>ExternalUserID</c>).</summary>
    public string ExternalUserId { get; }

    /// <summary>The contact-me <c>State</c>, when one was given.</summary>
    public string? State { get; }

    /// <summary>The welcome code the event carried: valid for the emulator's window from issue, and once.</summary>
    public string WelcomeCode { get; }

    /// <summary>When the event happened and the code was issued, by the emulator's clock (the event's <c>CreateTime</c>).</summary>
    public DateTimeOffset IssuedAt { get; }

    /// <summary>The callback as it went over the wire, for a replay.</summary>
    public EncryptedCallbackRequest Callback { get; }

    /// <summary>What the callback URL answered.</summary>
    public CallbackAnswer Answer { get; }

    /// <summary>The decrypted event, for a replay in a fresh envelope.</summary>
    internal string EventXml { get; }

    /// <summary>Names the customer; the welcome code is masked, as every credential is.</summary>
    public override string ToString() => $"{UserId} added {ExternalUserId} (welcome_code {new EventCode(WelcomeCode, null)}); callback answered {Answer}";
}
