namespace WeComGen.Callbacks;

/// <summary>How the external contact was added (the event's <c>ChangeType</c>).</summary>
public enum ExternalContactAddType
{
    /// <summary><c>add_external_contact</c>: a member added an external contact, or was added by one.</summary>
    AddExternalContact,

    /// <summary><c>add_half_external_contact</c>: an external contact added a member who skips verification; the member has not added back.</summary>
    AddHalfExternalContact,
}

/// <summary>The <c>ChangeType</c> wire values of <see cref="ExternalContactAddType"/>, both ways.</summary>
internal static class ExternalContactAddTypeWire
{
    public static string ToWire(this ExternalContactAddType addType) =>
        addType == ExternalContactAddType.AddHalfExternalContact ? CallbackFieldNames.AddHalfExternalContact : CallbackFieldNames.AddExternalContact;

    public static ExternalContactAddType? FromWire(string? changeType) => changeType switch
    {
        CallbackFieldNames.AddExternalContact => ExternalContactAddType.AddExternalContact,
        CallbackFieldNames.AddHalfExternalContact => ExternalContactAddType.AddHalfExternalContact,
        _ => null,
    };
}
