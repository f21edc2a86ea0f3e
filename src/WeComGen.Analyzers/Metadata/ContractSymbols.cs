using Microsoft.CodeAnalysis;

namespace WeComGen.Analyzers.Metadata;

/// <summary>The constraint attribute types of one compilation, resolved once when it starts.</summary>
internal sealed class ContractSymbols
{
    private const string Namespace = "WeComGen.Metadata.";

    private ContractSymbols(INamedTypeSymbol required)
    {
        // Every metadata attribute lives beside [ContractRequired]: look in that one assembly, not in every reference.
        var assembly = required.ContainingAssembly;
        Required = required;
        MaxItems = Resolve(assembly, "ContractMaxItemsAttribute");
        MinItems = Resolve(assembly, "ContractMinItemsAttribute");
        MaxUtf8Bytes = Resolve(assembly, "ContractMaxUtf8BytesAttribute");
        MinLength = Resolve(assembly, "ContractMinLengthAttribute");
        MaxLength = Resolve(assembly, "ContractMaxLengthAttribute");
        Pattern = Resolve(assembly, "ContractPatternAttribute");
        Hint = Resolve(assembly, "ContractHintAttribute");
        Credential = Resolve(assembly, "ContractCredentialAttribute");
        Discriminator = Resolve(assembly, "ContractDiscriminatorAttribute");
        Variant = Resolve(assembly, "ContractVariantAttribute");
        WireValue = Resolve(assembly, "ContractWireValueAttribute");
        AtLeastOneOf = Resolve(assembly, "ContractAtLeastOneOfAttribute");
    }

    public INamedTypeSymbol Required { get; }
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

    /// <summary>The attribute types, or <see langword="null"/> when the compilation does not reference the metadata at all.</summary>
    public static ContractSymbols? TryCreate(Compilation compilation) =>
        compilation.GetTypeByMetadataName(Namespace + "ContractRequiredAttribute") is { } required ? new ContractSymbols(required) : null;

    public static bool Is(AttributeData attribute, INamedTypeSymbol? type) =>
        type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);

    /// <summary>
    /// Whether the attribute is the framework's [JsonPropertyName]. Matched by name: resolving a framework type
    /// through the compilation searches every reference, which costs more than the whole analysis.
    /// </summary>
    public static bool IsJsonPropertyName(AttributeData attribute) =>
        IsFramework(attribute, "JsonPropertyNameAttribute", "System.Text.Json.Serialization");

    /// <summary>Whether the attribute is [SetsRequiredMembers], matched by name for the same reason.</summary>
    public static bool IsSetsRequiredMembers(AttributeData attribute) =>
        IsFramework(attribute, "SetsRequiredMembersAttribute", "System.Diagnostics.CodeAnalysis");

    private static bool IsFramework(AttributeData attribute, string name, string containingNamespace) =>
        attribute.AttributeClass is { } type && type.Name == name && IsNamespace(type.ContainingNamespace, containingNamespace);

    /// <summary>Whether <paramref name="symbol"/> is the namespace <paramref name="dotted"/>, compared name by name from the innermost without building its display string.</summary>
    private static bool IsNamespace(INamespaceSymbol? symbol, string dotted)
    {
        var end = dotted.Length;
        for (var current = symbol; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            var start = end - current.Name.Length;
            if (start < 0 || string.CompareOrdinal(dotted, start, current.Name, 0, current.Name.Length) != 0
                || (start > 0 && dotted[start - 1] != '.'))
            {
                return false;
            }

            end = start > 0 ? start - 1 : -1;
        }

        return end == -1;
    }

    private static INamedTypeSymbol? Resolve(IAssemblySymbol assembly, string name) =>
        assembly.GetTypeByMetadataName(Namespace + name);
}
