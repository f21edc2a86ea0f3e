using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using WeComGen.Analyzers.Metadata;
using WeComGen.Analyzers.Values;

namespace WeComGen.Analyzers.Rules;

/// <summary>
/// What a factory call shows about the payload it creates (<c>Attachment.CreateImage(mediaId: ...)</c>): each
/// argument, given or left to its default, sets the member its parameter stands for. A member no parameter
/// stands for may be set by the factory itself: its presence is unknown.
/// </summary>
internal sealed class FactoryArguments(IInvocationOperation invocation, ImmutableArray<MemberContract?> parameters) : IMemberSource
{
    public bool CanTellMissing => true;

    public Location Head => invocation.Syntax.GetLocation();

    public Presence PresenceOf(MemberContract member) =>
        Argument(member) is { } argument ? Values.PresenceOf.Value(argument.Value) : Presence.Unknown;

    /// <summary>The argument written in code for <paramref name="member"/>; a default value is not written.</summary>
    public IOperation? Setter(MemberContract member) => Argument(member) is { IsImplicit: false } argument ? argument : null;

    private IArgumentOperation? Argument(MemberContract member)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { Ordinal: var ordinal } && ordinal < parameters.Length && parameters[ordinal] == member)
            {
                return argument;
            }
        }

        return null;
    }
}
