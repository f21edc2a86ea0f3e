using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using WeComGen.Analyzers.Metadata;
using WeComGen.Analyzers.Values;

namespace WeComGen.Analyzers.Rules;

/// <summary>
/// What an object creation shows about the members it sets: through its initializer, its constructor, and
/// (when it is kept in a local) assignments to that local's members elsewhere in the same body.
/// Every object creation in a build comes through here, so the answers are read from the operations when
/// asked, without building tables: initializers are short, and the body is walked only when a member is
/// not set where the object is created.
/// </summary>
internal sealed class CreatedObject : IMemberSource
{
    private readonly IObjectCreationOperation _creation;
    private readonly ImmutableArray<IOperation> _initializers;
    private readonly bool _constructorSetsAll;
    private readonly ILocalSymbol? _keeper;
    private List<IPropertySymbol>? _setElsewhere;

    public CreatedObject(IObjectCreationOperation creation)
    {
        _creation = creation;
        _initializers = creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty;
        _constructorSetsAll = creation.Constructor is { IsImplicitlyDeclared: false } constructor
            && constructor.GetAttributes().Any(ContractSymbols.IsSetsRequiredMembers);
        (CanTellMissing, _keeper) = Keeper(creation);
    }

    /// <summary>
    /// Whether "not set" can be told: false when the object is stored where code we cannot follow may set
    /// its members later (a field, a property, a parameter).
    /// </summary>
    public bool CanTellMissing { get; }

    /// <summary>The syntax <c>new T(...)</c> without its initializer: where object-level diagnostics go.</summary>
    public Location Head =>
        _creation.Syntax is BaseObjectCreationExpressionSyntax syntax
            ? Location.Create(syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(
                syntax.NewKeyword.SpanStart,
                syntax.ArgumentList?.Span.End ?? (syntax is ObjectCreationExpressionSyntax explicitType ? explicitType.Type.Span.End : syntax.NewKeyword.Span.End)))
            : _creation.Syntax.GetLocation();

    /// <summary>The assignment in the initializer that sets <paramref name="member"/>, if any (the last, as at run time).</summary>
    public ISimpleAssignmentOperation? Assignment(MemberContract member)
    {
        ISimpleAssignmentOperation? last = null;
        foreach (var initializer in _initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                && Operations.IsImplicitReceiver(target.Instance) && IsMember(target.Property, member))
            {
                last = assignment;
            }
        }

        return last;
    }

    public IOperation? Setter(MemberContract member) => Assignment(member);

    public Presence PresenceOf(MemberContract member)
    {
        if (Assignment(member) is { } assignment)
        {
            return Values.PresenceOf.Value(assignment.Value);
        }

        return _constructorSetsAll || InitializedInPlace(member) || ConstructorTakes(member.Property) || SetElsewhere(member)
            ? Presence.Unknown
            : Presence.Absent;
    }

    /// <summary>The catalog keys members by their property's original definition.</summary>
    private static bool IsMember(IPropertySymbol property, MemberContract member) =>
        SymbolEqualityComparer.Default.Equals(property.OriginalDefinition, member.Property);

    /// <summary><c>Member = { ... }</c>: a nested initializer fills the object the member already holds.</summary>
    private bool InitializedInPlace(MemberContract member)
    {
        foreach (var initializer in _initializers)
        {
            if (initializer is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation target } && IsMember(target.Property, member))
            {
                return true;
            }
        }

        return false;
    }

    private bool ConstructorTakes(IPropertySymbol property)
    {
        foreach (var parameter in _creation.Constructor?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty)
        {
            if (string.Equals(parameter.Name, property.Name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool SetElsewhere(MemberContract member)
    {
        if (_keeper is null)
        {
            return false;
        }

        _setElsewhere ??= CollectSetElsewhere(Operations.Root(_creation), _keeper);
        foreach (var property in _setElsewhere)
        {
            if (IsMember(property, member))
            {
                return true;
            }
        }

        return false;
    }

    private static List<IPropertySymbol> CollectSetElsewhere(IOperation root, ILocalSymbol local)
    {
        var collector = new SetThrough(local, new List<IPropertySymbol>());
        OperationWalk.Visit(root, ref collector);
        return collector.Set;
    }

    /// <summary>Collects the properties assigned through <c>local.Member...</c>.</summary>
    private readonly struct SetThrough(ILocalSymbol local, List<IPropertySymbol> set) : IOperationVisitor
    {
        public List<IPropertySymbol> Set => set;

        public bool Visit(IOperation operation)
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } && IsRootedAt(target.Instance, local))
            {
                set.Add(target.Property);
            }

            return false;
        }
    }

    private static bool IsRootedAt(IOperation? instance, ILocalSymbol local)
    {
        for (var current = instance; current is not null;)
        {
            switch (Operations.Unwrap(current))
            {
                case ILocalReferenceOperation reference:
                    return SymbolEqualityComparer.Default.Equals(reference.Local, local);
                case IPropertyReferenceOperation property:
                    current = property.Instance;
                    break;
                case IArrayElementReferenceOperation element:
                    current = element.ArrayReference;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>What holds the outermost object this creation belongs to, and whether missing members can be told.</summary>
    private static (bool CanTell, ILocalSymbol? Local) Keeper(IOperation creation)
    {
        var current = creation;
        while (true)
        {
            var parent = current.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                current = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                // A member of an enclosing object initializer: the enclosing object decides.
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } inner
                    when inner.Value == current && Operations.IsImplicitReceiver(target.Instance)
                        && parent.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation outer }:
                    current = outer;
                    continue;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return (true, declarator.Symbol);
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return assignment.Target is ILocalReferenceOperation local ? (true, local.Local) : (false, null);
                default:
                    return (true, null);
            }
        }
    }
}
