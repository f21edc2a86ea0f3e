using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using WeComGen.Analyzers.Metadata;
using WeComGen.Analyzers.Values;

namespace WeComGen.Analyzers.Rules;

/// <summary>Where code gives an object's members their values: an object creation, or a factory's arguments.</summary>
internal interface IMemberSource
{
    /// <summary>Whether "not set" can be told: false when code the rules cannot follow may set members later.</summary>
    bool CanTellMissing { get; }

    /// <summary>Where diagnostics about the object as a whole go.</summary>
    Location Head { get; }

    Presence PresenceOf(MemberContract member);

    /// <summary>The operation that sets <paramref name="member"/> in code (an initializer's assignment, an argument), if any.</summary>
    IOperation? Setter(MemberContract member);
}

internal static class MemberSourceExtensions
{
    /// <summary>The value <paramref name="setter"/> gives its member.</summary>
    public static IOperation? ValueOf(IOperation setter) => setter switch
    {
        ISimpleAssignmentOperation assignment => assignment.Value,
        IArgumentOperation argument => argument.Value,
        _ => null,
    };

    /// <summary>
    /// Whether none of <paramref name="members"/> is set; with <paramref name="minItems"/> (one per member), a
    /// collection of a known size under its count does not count as set.
    /// </summary>
    public static bool NoneSet(this IMemberSource source, ImmutableArray<MemberContract> members, ImmutableArray<int> minItems = default)
    {
        for (var i = 0; i < members.Length; i++)
        {
            var member = members[i];
            if (source.PresenceOf(member) == Presence.Absent
                || (!minItems.IsDefault && minItems[i] > 0 && source.Setter(member) is { } setter
                    && ValueOf(setter) is { } value && KnownSize.Of(value) is { } size && size < minItems[i]))
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
