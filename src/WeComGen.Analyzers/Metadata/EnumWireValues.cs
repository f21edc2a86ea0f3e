using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace WeComGen.Analyzers.Metadata;

/// <summary>
/// The members of one enum with their values and wire values ([ContractWireValue], else the member's name),
/// in declaration order, read once so that a discriminator costs a short scan instead of reading attributes.
/// </summary>
internal sealed class EnumWireValues
{
    private readonly ImmutableArray<(object Value, string Name, string Wire)> _members;

    private EnumWireValues(ImmutableArray<(object Value, string Name, string Wire)> members) => _members = members;

    public static EnumWireValues Read(ITypeSymbol enumType, INamedTypeSymbol? wireValueAttribute)
    {
        var members = ImmutableArray.CreateBuilder<(object, string, string)>();
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: { } value } field)
            {
                members.Add((value, field.Name, WireOf(field, wireValueAttribute)));
            }
        }

        return new EnumWireValues(members.ToImmutable());
    }

    /// <summary>The wire value of the first member with <paramref name="value"/>, or null when no member has it.</summary>
    public string? WireValueOf(object value)
    {
        foreach (var member in _members)
        {
            if (Equals(member.Value, value))
            {
                return member.Wire;
            }
        }

        return null;
    }

    /// <summary>The name of the first member whose value stands for <paramref name="wireValue"/>, if any.</summary>
    public string? MemberWith(string wireValue)
    {
        foreach (var member in _members)
        {
            if (WireValueOf(member.Value) == wireValue)
            {
                return member.Name;
            }
        }

        return null;
    }

    private static string WireOf(IFieldSymbol field, INamedTypeSymbol? wireValueAttribute)
    {
        foreach (var attribute in field.GetAttributes())
        {
            if (ContractSymbols.Is(attribute, wireValueAttribute))
            {
                return attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string text ? text : field.Name;
            }
        }

        return field.Name;
    }
}
