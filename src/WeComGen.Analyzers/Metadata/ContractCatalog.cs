using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace WeComGen.Analyzers.Metadata;

/// <summary>
/// Reads the constraint metadata of one compilation, lazily and once per symbol: members, types,
/// the properties that method parameters stand for, and the compiled patterns.
/// </summary>
internal sealed class ContractCatalog
{
    // A pattern from metadata runs on constants in the compiler: bounded, so a pathological one cannot stall a build.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private readonly ContractSymbols _symbols;
    private readonly ConcurrentDictionary<IPropertySymbol, MemberContract?> _members = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, TypeContract> _types = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<MemberContract?>> _parameters = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, EnumWireValues> _enums = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IPropertySymbol, MemberContract> _described = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<string, Regex?> _regexes = new(StringComparer.Ordinal);

    // The readers as delegates made once: a method group passed on each look-up is a new delegate each time.
    private readonly Func<IPropertySymbol, MemberContract?> _readMember;
    private readonly Func<INamedTypeSymbol, TypeContract> _readType;
    private readonly Func<IMethodSymbol, ImmutableArray<MemberContract?>> _readParameters;

    public ContractCatalog(ContractSymbols symbols)
    {
        _symbols = symbols;
        _readMember = ReadMember;
        _readType = ReadType;
        _readParameters = ReadParameters;
    }

    /// <summary>The constraints on <paramref name="property"/>, or null when the metadata puts none on it.</summary>
    public MemberContract? Member(IPropertySymbol property) =>
        Cached(_members, property.OriginalDefinition, _readMember);

    /// <summary>The member as the rules know it: its constraints when it has some, else its wire name alone.</summary>
    public MemberContract Described(IPropertySymbol property) =>
        Member(property) ?? Cached(_described, property.OriginalDefinition, static unconstrained =>
            new MemberContract(unconstrained, WireNameOf(unconstrained, unconstrained.GetAttributes())));

    public TypeContract Type(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && named.TypeKind is TypeKind.Class or TypeKind.Struct
            ? Cached(_types, named.OriginalDefinition, _readType)
            : TypeContract.None;

    /// <summary>
    /// For each parameter of a constructor or factory, the property it stands for (or null): the property of the
    /// same name (or wire name) on the created type or on the payload the factory creates, a constrained one first.
    /// </summary>
    public ImmutableArray<MemberContract?> Parameters(IMethodSymbol method) =>
        Cached(_parameters, method.OriginalDefinition, _readParameters);

    /// <summary>A look-up that allocates nothing when the answer is known.</summary>
    private static TValue Cached<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, Func<TKey, TValue> read)
        where TKey : notnull =>
        cache.TryGetValue(key, out var known) ? known : cache.GetOrAdd(key, read);

    /// <summary>The wire value of the member of <paramref name="enumType"/> with <paramref name="value"/>: its [ContractWireValue], else its name; null when no member has it.</summary>
    public string? WireValueOf(ITypeSymbol enumType, object value) => Enum(enumType).WireValueOf(value);

    /// <summary>The name of the member of <paramref name="enumType"/> whose wire value is <paramref name="wireValue"/>, if any.</summary>
    public string? MemberWithWireValue(ITypeSymbol enumType, string wireValue) => Enum(enumType).MemberWith(wireValue);

    private EnumWireValues Enum(ITypeSymbol enumType) =>
        _enums.TryGetValue(enumType, out var known) ? known : _enums.GetOrAdd(enumType, EnumWireValues.Read(enumType, _symbols.WireValue));

    /// <summary>Whether <paramref name="text"/> matches <paramref name="regex"/>; null when that cannot be told in time.</summary>
    public static bool? Matches(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private Regex? Compile(string pattern) =>
        _regexes.GetOrAdd(pattern, static source =>
        {
            try
            {
                return new Regex(source, RegexOptions.CultureInvariant, MatchTimeout);
            }
            catch (ArgumentException)
            {
                return null;
            }
        });

    private MemberContract? ReadMember(IPropertySymbol property)
    {
        var attributes = property.GetAttributes();
        if (attributes.IsEmpty)
        {
            return null;
        }

        var constrained = false;
        var hints = ImmutableArray.CreateBuilder<HintRule>();
        var contract = new MemberContract(property, WireNameOf(property, attributes));
        foreach (var attribute in attributes)
        {
            var arguments = attribute.ConstructorArguments;
            constrained |= Apply(contract, attribute, FirstValue(arguments), arguments, hints);
        }

        contract.Hints = hints.ToImmutable();
        return constrained ? contract : null;
    }

    /// <summary>The member's name on the wire: its [JsonPropertyName], else its C# name.</summary>
    private static string WireNameOf(IPropertySymbol property, ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (ContractSymbols.IsJsonPropertyName(attribute) && FirstValue(attribute.ConstructorArguments) is string wire)
            {
                return wire;
            }
        }

        return property.Name;
    }

    /// <summary>An attribute's first argument; attributes of every kind pass through here, and an array argument (params) has no single value.</summary>
    private static object? FirstValue(ImmutableArray<TypedConstant> arguments) =>
        arguments.Length > 0 && arguments[0].Kind != TypedConstantKind.Array ? arguments[0].Value : null;

    private bool Apply(
        MemberContract contract, AttributeData attribute, object? first,
        ImmutableArray<TypedConstant> arguments, ImmutableArray<HintRule>.Builder hints)
    {
        var s = _symbols;
        if (ContractSymbols.Is(attribute, s.Required)) { contract.Required = true; }
        else if (ContractSymbols.Is(attribute, s.Discriminator)) { contract.IsDiscriminator = true; }
        else if (ContractSymbols.Is(attribute, s.MaxItems) && first is int maxItems) { contract.MaxItems = maxItems; }
        else if (ContractSymbols.Is(attribute, s.MinItems) && first is int minItems) { contract.MinItems = minItems; }
        else if (ContractSymbols.Is(attribute, s.MaxUtf8Bytes) && first is int maxBytes) { contract.MaxUtf8Bytes = maxBytes; }
        else if (ContractSymbols.Is(attribute, s.MinLength) && first is int minLength) { contract.MinLength = minLength; }
        else if (ContractSymbols.Is(attribute, s.MaxLength) && first is int maxLength) { contract.MaxLength = maxLength; }
        else if (ContractSymbols.Is(attribute, s.Pattern) && first is string pattern) { contract.Pattern = (pattern, Compile(pattern)); }
        else if (ContractSymbols.Is(attribute, s.Credential) && first is int seconds) { contract.CredentialValiditySeconds = seconds; }
        else if (ContractSymbols.Is(attribute, s.Variant) && first is string wireValue) { contract.VariantWireValue = wireValue; }
        else if (ContractSymbols.Is(attribute, s.Hint) && first is string hint && arguments.Length > 1 && arguments[1].Value is string message)
        {
            hints.Add(new HintRule(Compile(hint), message));
        }
        else
        {
            return false;
        }

        return true;
    }

    private TypeContract ReadType(INamedTypeSymbol type)
    {
        var members = new Dictionary<string, MemberContract>(StringComparer.Ordinal);
        var allNames = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                allNames.Add(property.Name);
                if (!members.ContainsKey(property.Name) && Member(property) is { } member)
                {
                    members.Add(property.Name, member);
                }
            }
        }

        var groups = ReadGroups(type, members, allNames);
        if (members.Count == 0 && groups.IsEmpty)
        {
            return TypeContract.None;
        }

        var ordered = members.Values.OrderBy(m => m.Property.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0).ToImmutableArray();
        var discriminators = ordered.Where(m => m.IsDiscriminator).ToImmutableArray();
        return new TypeContract(
            ordered.Where(m => m.Required && !m.Property.IsRequired).ToImmutableArray(),
            discriminators.Length == 1 ? discriminators[0] : null,
            ordered.Where(m => m.VariantWireValue is not null).ToImmutableArray(),
            groups);
    }

    private ImmutableArray<MemberGroup> ReadGroups(
        INamedTypeSymbol type, Dictionary<string, MemberContract> members, HashSet<string> allNames)
    {
        var groups = ImmutableArray.CreateBuilder<MemberGroup>();
        foreach (var attribute in type.GetAttributes())
        {
            if (!ContractSymbols.Is(attribute, _symbols.AtLeastOneOf) || attribute.ConstructorArguments.Length != 1)
            {
                continue;
            }

            var names = attribute.ConstructorArguments[0].Kind == TypedConstantKind.Array
                ? attribute.ConstructorArguments[0].Values.Select(v => v.Value as string).ToList()
                : new List<string?>();
            var preferredName = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Preferred").Value.Value as string;
            var minItems = attribute.NamedArguments.FirstOrDefault(a => a.Key == "MinItems").Value;

            // A group that names a member the type does not have says nothing reliable: leave it alone.
            if (names.Count == 0 || names.Any(n => n is null || !allNames.Contains(n))
                || (preferredName is not null && !names.Contains(preferredName)))
            {
                continue;
            }

            var resolved = names.Select(n => members.TryGetValue(n!, out var m) ? m : Unconstrained(type, n!)).ToImmutableArray();
            if (resolved.Any(m => m is null))
            {
                continue;
            }

            groups.Add(new MemberGroup(
                resolved!,
                preferredName is null ? null : resolved.First(m => m!.Property.Name == preferredName),
                ReadMinItems(minItems, names.Count)));
        }

        return groups.ToImmutable();
    }

    /// <summary>The group's MinItems, one per member; all zeros (any value counts) when absent or not one per member.</summary>
    private static ImmutableArray<int> ReadMinItems(TypedConstant minItems, int members)
    {
        var counts = minItems.Kind == TypedConstantKind.Array && minItems.Values.Length == members
            ? minItems.Values.Select(v => v.Value is int count && count > 0 ? count : 0).ToImmutableArray()
            : default;
        return counts.IsDefault ? ImmutableArray.Create(new int[members]) : counts;
    }

    /// <summary>A group member that carries no constraint of its own, described by its wire name alone.</summary>
    private MemberContract? Unconstrained(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
            {
                return Described(property);
            }
        }

        return null;
    }

    private ImmutableArray<MemberContract?> ReadParameters(IMethodSymbol method)
    {
        var owner = method.ContainingType;
        var ownerContract = Type(owner);
        var payload = method.MethodKind == MethodKind.Ordinary && method.IsStatic
            && SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, owner)
            ? PayloadCreatedBy(method, ownerContract)
            : null;
        if (method.MethodKind != MethodKind.Constructor && payload is null)
        {
            return ImmutableArray<MemberContract?>.Empty;
        }

        var candidates = payload is null ? new[] { owner } : new[] { payload, owner };
        return method.Parameters.Select(p => PropertyFor(p, candidates)).ToImmutableArray();
    }

    /// <summary>The payload type a union's factory creates: the variant whose member name the factory's name ends with.</summary>
    private static INamedTypeSymbol? PayloadCreatedBy(IMethodSymbol factory, TypeContract owner)
    {
        var matches = owner.Variants
            .Where(v => factory.Name.EndsWith(v.Property.Name, StringComparison.Ordinal))
            .ToList();
        return matches.Count == 1 ? matches[0].Property.Type as INamedTypeSymbol : null;
    }

    private MemberContract? PropertyFor(IParameterSymbol parameter, INamedTypeSymbol[] candidates)
    {
        // A constrained property wins; an unconstrained one still tells which member the argument sets.
        MemberContract? unconstrained = null;
        foreach (var type in candidates)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
                {
                    if (Member(property) is { } member)
                    {
                        if (Names(parameter.Name, member))
                        {
                            return member;
                        }
                    }
                    else if (unconstrained is null && Names(parameter.Name, Described(property)))
                    {
                        unconstrained = Described(property);
                    }
                }
            }
        }

        return unconstrained;
    }

    private static bool Names(string parameter, MemberContract member) =>
        string.Equals(parameter, member.Property.Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(parameter, member.WireName.Replace("_", string.Empty), StringComparison.OrdinalIgnoreCase);
}
