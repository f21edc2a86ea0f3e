using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace WeComGen.Analyzers.Values;

/// <summary>Seeing through the shape of an operation to the value it stands for.</summary>
internal static class Operations
{
    /// <summary>The operand under conversions (implicit, explicit, user-defined) and parentheses.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>The string constant <paramref name="value"/> evaluates to, if any (literals, const fields, constant concatenations and interpolations).</summary>
    public static string? ConstantText(IOperation value)
    {
        for (var current = value; ; current = ((IConversionOperation)current).Operand)
        {
            if (current.ConstantValue is { HasValue: true, Value: string text })
            {
                return text;
            }

            if (current is not IConversionOperation)
            {
                return null;
            }
        }
    }

    /// <summary>The statement <paramref name="operation"/> belongs to and the block that holds it, if it sits directly in one.</summary>
    public static (IOperation Statement, IBlockOperation Block)? StatementInBlock(IOperation operation)
    {
        for (var current = operation; current.Parent is { } parent; current = parent)
        {
            if (parent is IBlockOperation block)
            {
                return (current, block);
            }

            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The root of the body <paramref name="operation"/> belongs to (a method body, a field initializer, ...).</summary>
    public static IOperation Root(IOperation operation)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            current = parent;
        }

        return current;
    }

    /// <summary>Whether <paramref name="operation"/> is a member of an object initializer (its receiver is the object being initialized).</summary>
    public static bool IsImplicitReceiver(IOperation? operation) =>
        operation is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver };
}
