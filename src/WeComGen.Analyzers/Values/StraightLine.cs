using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace WeComGen.Analyzers.Values;

/// <summary>
/// Follows a collection through the statements of one block, backwards from a point of use, while the code
/// runs straight: the statement that gave it a known size, then <c>Add</c> calls. Any other statement that
/// names the local (a loop or branch that adds, an alias, a capture) or a label or goto in between makes the
/// size unknown; statements that never name the local cannot change it.
/// </summary>
internal static class StraightLine
{
    /// <summary>How many items <paramref name="storage"/> holds just before the statement containing <paramref name="use"/>.</summary>
    public static int? SizeBefore(Storage storage, IOperation use)
    {
        if (Operations.StatementInBlock(use) is not (var statement, var block))
        {
            return null;
        }

        var added = 0;
        for (var i = IndexOf(block, statement) - 1; i >= 0; i--)
        {
            var earlier = block.Operations[i];
            if (IsAdd(storage, earlier))
            {
                added++;
                continue;
            }

            if (Establishes(storage, earlier, out var established))
            {
                return established is { } size ? size + added : null;
            }

            if (MentionsOrCanJumpBack(earlier, storage.Local))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="statement"/> is a plain <c>storage.Add(item);</c>.</summary>
    public static bool IsAdd(Storage storage, IOperation statement) =>
        statement is IExpressionStatementOperation { Operation: IInvocationOperation invocation }
        && IsAddCall(invocation)
        && storage.Is(invocation.Instance);

    public static bool IsAddCall(IInvocationOperation invocation) =>
        invocation.TargetMethod is { Name: "Add", IsStatic: false, Parameters.Length: 1 };

    private static int IndexOf(IBlockOperation block, IOperation statement)
    {
        for (var i = 0; i < block.Operations.Length; i++)
        {
            if (block.Operations[i] == statement)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="statement"/> gives <paramref name="storage"/> its value, and of which size (null: unknown).</summary>
    private static bool Establishes(Storage storage, IOperation statement, out int? size)
    {
        size = null;
        switch (statement)
        {
            case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment } when storage.Is(assignment.Target):
                size = KnownSize.Of(assignment.Value);
                return true;
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        if (!SymbolEqualityComparer.Default.Equals(declarator.Symbol, storage.Local))
                        {
                            continue;
                        }

                        var initializer = declarator.GetVariableInitializer()?.Value;
                        size = initializer is null ? null : storage.Property is null ? KnownSize.Of(initializer) : MemberSize(initializer, storage.Property);
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>The size of the value an object creation's initializer gives <paramref name="property"/>.</summary>
    private static int? MemberSize(IOperation creation, IPropertySymbol property) =>
        Operations.Unwrap(creation) is IObjectCreationOperation { Initializer: { } initializer }
        && initializer.Initializers.OfType<ISimpleAssignmentOperation>().LastOrDefault(a =>
            a.Target is IPropertyReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Property, property)) is { } assignment
            ? KnownSize.Of(assignment.Value)
            : null;

    /// <summary>
    /// Whether <paramref name="statement"/> names <paramref name="local"/> (a reference or a declaration) or holds a
    /// label or goto that could bring control back: either makes the size unknown. One walk over the statement.
    /// </summary>
    private static bool MentionsOrCanJumpBack(IOperation statement, ILocalSymbol local)
    {
        var finder = new MentionOrJump(local);
        return OperationWalk.Visit(statement, ref finder);
    }

    private readonly struct MentionOrJump(ILocalSymbol local) : IOperationVisitor
    {
        public bool Visit(IOperation operation) => operation switch
        {
            ILabeledOperation or IBranchOperation { BranchKind: BranchKind.GoTo } => true,
            ILocalReferenceOperation reference => SymbolEqualityComparer.Default.Equals(reference.Local, local),
            IVariableDeclaratorOperation declarator => SymbolEqualityComparer.Default.Equals(declarator.Symbol, local),
            _ => false,
        };
    }
}
