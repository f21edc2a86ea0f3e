namespace WeComGen.Generator.Model;

/// <summary>One member of a generated class.</summary>
/// <param name="WireName">The JSON property name.</param>
/// <param name="CSharpName">The C# property name.</param>
/// <param name="Description">Its XML documentation.</param>
/// <param name="Type">Its type.</param>
/// <param name="Required">Whether the schema lists it in <c>required</c>.</param>
/// <param name="Constraints">The limits the validator checks and the metadata attributes carry.</param>
/// <param name="Credential">Its <c>x-wecom-credential</c>, which makes it an event code.</param>
/// <param name="IsDiscriminator">Whether it is its union's discriminator.</param>
/// <param name="VariantWireValue">The discriminator value that selects it, when it is a union payload.</param>
internal sealed record PropertyModel(
    string WireName,
    string CSharpName,
    string? Description,
    TypeRef Type,
    bool Required,
    ConstraintsModel Constraints,
    CredentialModel? Credential,
    bool IsDiscriminator,
    string? VariantWireValue);

/// <summary>The validation keywords of a property (and of its array items' count).</summary>
internal sealed record ConstraintsModel(
    int? MinItems,
    int? MaxItems,
    int? MinLength,
    int? MaxLength,
    int? MaxUtf8Bytes,
    string? Pattern,
    EquatableArray<HintModel> Hints)
{
    public static ConstraintsModel None { get; } = new(null, null, null, null, null, null, EquatableArray<HintModel>.Empty);
}

/// <summary>An <c>x-wecom-hint</c>: a pattern plausible values match, and why the others are probably wrong.</summary>
internal sealed record HintModel(string Pattern, string Message);

/// <summary>An <c>x-wecom-credential</c>: a code issued with an event, valid for a while, perhaps once.</summary>
internal sealed record CredentialModel(string? IssuedBy, int ValiditySeconds, bool SingleUse)
{
    /// <summary>
    /// The key the runtime's registry knows the issuer by: the first word of <c>issuedBy</c>, the callback event's name
    /// (<c>add_external_contact event (WelcomeCode)</c> -> <c>add_external_contact</c>); what follows is prose.
    /// </summary>
    public string? Issuer
    {
        get
        {
            var text = IssuedBy?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            var end = 0;
            while (end < text!.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            return text.Substring(0, end);
        }
    }
}
