using Microsoft.CodeAnalysis;

namespace WeComGen.Analyzers.Metadata;

/// <summary>The constraint attribute types of one compilation, resolved once when it starts.</summary>
internal sealed class ContractSymbols
{
    private const string Namespace = "WeComGen.Metadata.";

    private ContractSymbols(Compilation compilation)
    {
        Required = Resolve(compilation, "ContractRequiredAttribute");
        MaxItems = Resolve(compilation, "ContractMaxItemsAttribute");
        MinItems = Resolve(compilation, "ContractMinItemsAttribute");
        MaxUtf8Bytes = Resolve(compilation, "ContractMaxUtf8BytesAttribute");
        MinLength = Resolve(compilation, "ContractMinLengthAttribute");
        MaxLength = Resolve(compilation, "ContractMaxLengthAttribute");
        Pattern = Resolve(compilation, "ContractPatternAttribute");
        Hint = Resolve(compilation, "ContractHintAttribute");
        Credential = Resolve(compilation, "ContractCredentialAttribute");
        Discriminator = Resolve(compilation, "ContractDiscriminatorAttribute");
        Variant = Resolve(compilation, "ContractVariantAttribute");
        WireValue = Resolve(compilation, "ContractWireValueAttribute");
        AtLeastOneOf = Resolve(compilation, "ContractAtLeastOneOfAttribute");
        JsonPropertyName = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonPropertyNameAttribute");
        SetsRequiredMembers = compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute");
    }

    public INamedTypeSymbol? Required { get; }
    public INamedTypeSymbol? MaxItems { get; }
    public INamedTypeSymbol? MinItems { get; }
    public INamedTypeSymbol? MaxUtf8Bytes { get; }
    public INamedTypeSymbol? MinLength { get; }
    public INamedTypeSymbol? MaxLength { get; }
    public INamedTypeSymbol? Pattern { get; }
    public INamedTypeSymbol? Hint { get; }
    public INamedTypeSymbol? Credential { get; }
    public INamedTypeSymbol? Discriminator { get; }
    public INamedTypeSymbol? Variant { get; }
    public INamedTypeSymbol? WireValue { get; }
    public INamedTypeSymbol? AtLeastOneOf { get; }
    public INamedTypeSymbol? JsonPropertyName { get; }
    public INamedTypeSymbol? SetsRequiredMembers { get; }

    /// <summary>The attribute types, or <see langword="null"/> when the compilation does not reference the metadata at all.</summary>
    public static ContractSymbols? TryCreate(Compilation compilation)
    {
        var symbols = new ContractSymbols(compilation);
        return symbols.Required is null && symbols.MaxItems is null && symbols.AtLeastOneOf is null && symbols.Discriminator is null
            && symbols.MaxUtf8Bytes is null && symbols.Credential is null
            ? null
            : symbols;
    }

    public static bool Is(AttributeData attribute, INamedTypeSymbol? type) =>
        type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);

    private static INamedTypeSymbol? Resolve(Compilation compilation, string name) =>
        compilation.GetTypeByMetadataName(Namespace + name);
}
