using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace WeComGen.Analyzers.Values;

/// <summary>Where a collection lives: a local, or a property of the object a local holds.</summary>
internal readonly record struct Storage(ILocalSymbol Local, IPropertySymbol? Property)
{
    public bool Is(IOperation? operation) =>
        (operation is null ? null : Operations.Unwrap(operation)) switch
        {
            ILocalReferenceOperation local => Property is null && SymbolEqualityComparer.Default.Equals(local.Local, Local),
            IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner } property =>
                Property is not null
                && SymbolEqualityComparer.Default.Equals(property.Property, Property)
                && SymbolEqualityComparer.Default.Equals(owner.Local, Local),
            _ => false,
        };
}
