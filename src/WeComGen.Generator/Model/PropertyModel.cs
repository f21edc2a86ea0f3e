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
/// <param name="Placement">Where it travels in a request (<c>x-wecom-in</c>, <c>x-wecom-file</c>, or the endpoint's method).</param>
/// <param name="File">Its <c>x-wecom-file</c> rules, when it is a file part.</param>
/// <param name="ValidFor">Its <c>x-wecom-valid-for</c>: how long the value it carries lives.</param>
internal sealed record PropertyModel(
    string WireName,
    string CSharpName,
    string? Description,
    TypeRef Type,
    bool Required,
    ConstraintsModel Constraints,
    CredentialModel? Credential,
    bool IsDiscriminator,
    string? VariantWireValue,
    Placement Placement = Placement.Default,
    FileModel? File = null,
    ValidityModel? ValidFor = null)
{
    /// <summary>Whether it is a member of the JSON body (not the query, not a file part).</summary>
    public bool InBody => Placement is Placement.Default or Placement.Body;
}

/// <summary>Where a request member travels.</summary>
internal enum Placement
{
    /// <summary>Not said: the JSON body, or the query of a request without a body (GET).</summary>
    Default,

    /// <summary>The JSON body (<c>"x-wecom-in": "body"</c>).</summary>
    Body,

    /// <summary>The query string (<c>"x-wecom-in": "query"</c>).</summary>
    Query,

    /// <summary>A file part of a multipart body (<c>x-wecom-file</c>).</summary>
    File,
}

/// <summary>An <c>x-wecom-file</c>: the part's name and what its file must be, per variant.</summary>
/// <param name="PartName">The part's name on the wire (<c>part</c>; the member's name when not given).</param>
/// <param name="VariantBy">The wire name of the request member whose value chooses the rule, or <see langword="null"/> for one rule.</param>
/// <param name="Rules">One rule per variant, in schema order (one rule with a <see langword="null"/> variant without <paramref name="VariantBy"/>).</param>
internal sealed record FileModel(string PartName, string? VariantBy, EquatableArray<FileRuleModel> Rules);

/// <summary>What a file must be: its size in bytes (inclusive) and its media types (empty = any).</summary>
internal sealed record FileRuleModel(string? Variant, long MinBytes, long MaxBytes, EquatableArray<string> ContentTypes);

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

/// <summary>
/// An <c>x-wecom-valid-for</c>: how long a response value lives (<see langword="null"/> <paramref name="Seconds"/>: for
/// good), counted from its sibling integer member of Unix seconds (<paramref name="FromWireName"/>), or from when the
/// response was received when it names none.
/// </summary>
/// <param name="Duration">The ISO 8601 duration as the schema writes it (<c>P3D</c>), for documentation.</param>
/// <param name="Seconds">Its length.</param>
/// <param name="FromWireName">The anchor's wire name (<c>created_at</c>).</param>
/// <param name="FromCSharpName">The anchor's C# name, once the object's members are known.</param>
internal sealed record ValidityModel(string? Duration, long? Seconds, string? FromWireName, string? FromCSharpName = null);

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
