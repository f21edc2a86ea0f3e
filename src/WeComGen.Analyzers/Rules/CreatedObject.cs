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
/// </summary>
internal sealed class CreatedObject
{
    private readonly Dictionary<IPropertySymbol, IOperation> _initialized = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IPropertySymbol> _setElsewhere = new(SymbolEqualityComparer.Default);
    private readonly IObjectCreationOperation _creation;
    private readonly bool _constructorSetsAll;

    public CreatedObject(IObjectCreationOperation creation)
    {
        _creation = creation;
        _constructorSetsAll = creation.Constructor is { IsImplicitlyDeclared: false } constructor
            && constructor.GetAttributes().Any(ContractSymbols.IsSetsRequiredMembers);
        foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            switch (initializer)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    when Operations.IsImplicitReceiver(target.Instance):
                    _initialized[target.Property.OriginalDefinition] = assignment;
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member }:
                    _setElsewhere.Add(member.Property.OriginalDefinition);
                    break;
            }
        }

        var keeper = Keeper(creation);
        CanTellMissing = keeper.CanTell;
        if (keeper.Local is { } local)
        {
            CollectSetElsewhere(Operations.Root(creation), local);
        }
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

    /// <summary>The assignment in the initializer that sets <paramref name="member"/>, if any.</summary>
    public ISimpleAssignmentOperation? Assignment(MemberContract member) =>
        _initialized.TryGetValue(member.Property.OriginalDefinition, out var assignment) ? (ISimpleAssignmentOperation)assignment : null;

    public Presence PresenceOf(MemberContract member)
    {
        if (Assignment(member) is { } assignment)
        {
            return Values.PresenceOf.Value(assignment.Value);
        }

        var property = member.Property.OriginalDefinition;
        return _constructorSetsAll || _setElsewhere.Contains(property) || ConstructorTakes(property)
            ? Presence.Unknown
            : Presence.Absent;
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

    private void CollectSetElsewhere(IOperation root, ILocalSymbol local)
    {
        foreach (var operation in root.Descendants())
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } && IsRootedAt(target.Instance, local))
            {
                _setElsewhere.Add(target.Property.OriginalDefinition);
            }
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
