using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace WeComGen.Analyzers.Metadata;

/// <summary>The constraints the metadata puts on one property; filled once when the catalog reads it, then only read.</summary>
internal sealed class MemberContract
{
    public MemberContract(IPropertySymbol property, string wireName)
    {
        Property = property;
        WireName = wireName;
    }

    public IPropertySymbol Property { get; }

    /// <summary>The member's name in messages: its wire name from [JsonPropertyName], else its C# name.</summary>
    public string WireName { get; }

    public bool Required { get; set; }
    public int? MaxItems { get; set; }
    public int? MinItems { get; set; }
    public int? MaxUtf8Bytes { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }

    /// <summary>The [ContractPattern] source and its compiled form (null when it does not compile).</summary>
    public (string Source, Regex? Regex)? Pattern { get; set; }

    public ImmutableArray<HintRule> Hints { get; set; } = ImmutableArray<HintRule>.Empty;

    /// <summary>The validity, in seconds, of an event-issued credential; null when the member is no credential.</summary>
    public int? CredentialValiditySeconds { get; set; }

    public bool IsDiscriminator { get; set; }

    /// <summary>The discriminator value that selects this payload; null when the member is no payload.</summary>
    public string? VariantWireValue { get; set; }

    public bool ConstrainsItems => MaxItems is not null || MinItems is not null;

    public bool ConstrainsText =>
        MaxUtf8Bytes is not null || MinLength is not null || MaxLength is not null || Pattern is not null || !Hints.IsEmpty;

    /// <summary>Whether an assigned value can break a constraint by itself (what the value rules check).</summary>
    public bool ConstrainsValue => ConstrainsItems || ConstrainsText || CredentialValiditySeconds is not null;
}
