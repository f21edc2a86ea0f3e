using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace WeComGen.Analyzers.Metadata;

/// <summary>The constraints the metadata puts on an object as a whole: required members, groups, a union.</summary>
internal sealed class TypeContract
{
    public static readonly TypeContract None = new(
        ImmutableArray<MemberContract>.Empty, null, ImmutableArray<MemberContract>.Empty, ImmutableArray<MemberGroup>.Empty);

    public TypeContract(
        ImmutableArray<MemberContract> required,
        MemberContract? discriminator,
        ImmutableArray<MemberContract> variants,
        ImmutableArray<MemberGroup> groups)
    {
        Required = required;
        Discriminator = discriminator;
        Variants = variants;
        Groups = groups;
    }

    /// <summary>[ContractRequired] members that are not C# <c>required</c> (the compiler checks those itself).</summary>
    public ImmutableArray<MemberContract> Required { get; }

    public MemberContract? Discriminator { get; }

    /// <summary>The payload members of a union, each with the discriminator value that selects it.</summary>
    public ImmutableArray<MemberContract> Variants { get; }

    public ImmutableArray<MemberGroup> Groups { get; }

    public bool ConstrainsObject => !Required.IsEmpty || !Variants.IsEmpty || !Groups.IsEmpty;
}

/// <summary>
/// A [ContractAtLeastOneOf] group, resolved to its members; <see cref="Preferred"/> wins when several are set.
/// <see cref="MinItems"/> holds, per member, the items a collection needs to count as set (0: any value).
/// </summary>
internal sealed record MemberGroup(ImmutableArray<MemberContract> Members, MemberContract? Preferred, ImmutableArray<int> MinItems);
