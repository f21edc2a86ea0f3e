using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace WeComGen.Analyzers.Values;

/// <summary>What to do with each operation of a walk; a struct, so a walk allocates no closure.</summary>
internal interface IOperationVisitor
{
    /// <summary>Looks at <paramref name="operation"/>; true stops the walk.</summary>
    bool Visit(IOperation operation);
}

/// <summary>
/// Walks the operations under a root (the root included) with one stack per thread. The rules walk bodies
/// inside callbacks the compiler makes for every assignment and creation in a build, where an iterator per
/// walk (<c>Descendants()</c>) was the largest allocation they made. Explicit, not recursive: a long
/// concatenation is a deep tree.
/// </summary>
internal static class OperationWalk
{
    [System.ThreadStatic]
    private static Stack<IOperation>? t_pending;

    /// <summary>Visits every operation under <paramref name="root"/> until the visitor says stop; whether it did.</summary>
    public static bool Visit<TVisitor>(IOperation root, ref TVisitor visitor)
        where TVisitor : struct, IOperationVisitor
    {
        // Taken, not borrowed: a walk started from inside a visitor gets a stack of its own.
        var pending = t_pending ?? new Stack<IOperation>();
        t_pending = null;
        try
        {
            pending.Push(root);
            while (pending.Count > 0)
            {
                var operation = pending.Pop();
                if (visitor.Visit(operation))
                {
                    return true;
                }

                foreach (var child in operation.ChildOperations)
                {
                    pending.Push(child);
                }
            }

            return false;
        }
        finally
        {
            pending.Clear();
            t_pending = pending;
        }
    }
}
