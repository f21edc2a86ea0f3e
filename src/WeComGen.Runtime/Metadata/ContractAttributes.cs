using System;

namespace WeComGen.Metadata;

// Constraint metadata the generator writes on generated members, straight from the schema.
// The analyzers read these attributes and nothing else, so a limit lives only in the schema.
// Members are named as the wire names them through [JsonPropertyName]; these attributes carry the rules.

/// <summary>The member must be set (schema <c>required</c>).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ContractRequiredAttribute : Attribute
{
}

/// <summary>The collection holds at most <see cref="Limit"/> items (schema <c>maxItems</c>).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ContractMaxItemsAttribute(int limit) : Attribute
{
    /// <summary>The largest item count the contract allows.</summary>
    public int Limit { get; } = limit;
}

/// <summary>The collection holds at least <see cref="Limit"/> items (schema <c>minItems</c>).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ContractMinItemsAttribute(int limit) : Attribute
{
    /// <summary>The smallest item count the contract allows.</summary>
    public int Limit { get; } = limit;
}

/// <summary>The string is at most <see cref="Limit"/> bytes once encoded as UTF-8 (<c>x-wecom-max-utf8-bytes</c>).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ContractMaxUtf8BytesAttribute(int limit) : Attribute
{
    /// <summary>The largest UTF-8 byte count the contract allows.</summary>
    public int Limit { get; } = limit;
}

/// <summary>The string has at least <see cref="Limit"/> characters (schema <c>minLength</c>).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ContractMinLengthAttribute(int limit) : Attribute
{
    /// <summary>The smallest character count the contract allows.</summary>
    public int Limit { get; } = limit;
}

/// <summary>The string has at most <see cref="Limit"/> characters (schema <c>maxLength</c>).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ContractMaxLengthAttribute(int limit) : Attribute
{
    /// <summary>The largest character count the contract allows.</summary>
    public int Limit { get; } = limit;
}

/// <summary>The string matches <see cref="Pattern"/> (schema <c>pattern</c>, an ECMAScript regular expression).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ContractPatternAttribute(string pattern) : Attribute
{
    /// <summary>The regular expression every value must match.</summary>
    public string Pattern { get; } = pattern;
}

/// <summary>
/// A domain hint (<c>x-wecom-hint</c>): a value that does not match <see cref="Pattern"/> is probably a
/// mistake that the server will reject, for the reason in <see cref="Message"/>. Advisory: a warning, never a block.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = true)]
public sealed class ContractHintAttribute(string pattern, string message) : Attribute
{
    /// <summary>The regular expression a plausible value matches.</summary>
    public string Pattern { get; } = pattern;

    /// <summary>Why a value that does not match is probably wrong.</summary>
    public string Message { get; } = message;
}

/// <summary>
/// A credential issued with an event (<c>x-wecom-credential</c>): valid for <see cref="ValiditySeconds"/>
/// from the event's receipt and, when <see cref="SingleUse"/>, for one call. Never a constant in code.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ContractCredentialAttribute(int validitySeconds) : Attribute
{
    /// <summary>How long the credential is valid after its event was received.</summary>
    public int ValiditySeconds { get; } = validitySeconds;

    /// <summary>Whether the credential may be used only once.</summary>
    public bool SingleUse { get; set; }

    /// <summary>The event that issues the credential, for messages.</summary>
    public string? IssuedBy { get; set; }
}

/// <summary>The property whose value selects which payload of a union is present (<c>x-wecom-discriminator</c>).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ContractDiscriminatorAttribute : Attribute
{
}

/// <summary>The payload property that must be set, alone, when the discriminator is <see cref="WireValue"/>.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ContractVariantAttribute(string wireValue) : Attribute
{
    /// <summary>The discriminator value, as on the wire, that selects this payload.</summary>
    public string WireValue { get; } = wireValue;
}

/// <summary>The value an enum member has on the wire.</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class ContractWireValueAttribute(string value) : Attribute
{
    /// <summary>The member's wire value.</summary>
    public string Value { get; } = value;
}

/// <summary>
/// At least one of <see cref="Members"/> must be set (schema <c>anyOf</c> of <c>required</c>). When
/// <see cref="Preferred"/> is given (<c>x-wecom-precedence</c>), setting several is allowed but only the
/// preferred one is used and the others are ignored.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class ContractAtLeastOneOfAttribute(params string[] members) : Attribute
{
    /// <summary>The C# property names of the group, in the schema's order.</summary>
    public string[] Members { get; } = members;

    /// <summary>The member the server uses when several are set; <see langword="null"/> when all are used.</summary>
    public string? Preferred { get; set; }

    /// <summary>
    /// For each of <see cref="Members"/>, in order, the items a collection member must hold to count as set
    /// (the branch's <c>minItems</c>; 0 when any value counts); <see langword="null"/> when every value counts.
    /// </summary>
    public int[]? MinItems { get; set; }
}
