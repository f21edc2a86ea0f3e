using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace WeComGen.Analyzers.Values;

/// <summary>
/// The number of items a collection value certainly has, when the code shows it: collection expressions
/// (spreads of known size included), arrays, collection initializers, and locals filled by straight-line
/// <c>Add</c> calls. Whenever the size is not certain the answer is null: no guess, no false positive.
/// </summary>
internal static class KnownSize
{
    public static int? Of(IOperation value)
    {
        switch (Operations.Unwrap(value))
        {
            case ICollectionExpressionOperation collection:
                return OfElements(collection);
            case IArrayCreationOperation { DimensionSizes.Length: 1 } array:
                return array.Initializer is { } init
                    ? init.ElementValues.Length
                    : array.DimensionSizes[0].ConstantValue is { HasValue: true, Value: int length } ? length : null;
            case IObjectCreationOperation creation:
                return OfCollectionInitializer(creation);
            case ILocalReferenceOperation local:
                return StraightLine.SizeBefore(new Storage(local.Local, null), value);
            case IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner } property:
                return StraightLine.SizeBefore(new Storage(owner.Local, property.Property), value);
            default:
                return null;
        }
    }

    private static int? OfElements(ICollectionExpressionOperation collection)
    {
        var count = 0;
        foreach (var element in collection.Elements)
        {
            if (element is ISpreadOperation spread)
            {
                if (Of(spread.Operand) is not { } spreadCount)
                {
                    return null;
                }

                count += spreadCount;
            }
            else
            {
                count++;
            }
        }

        return count;
    }

    private static int? OfCollectionInitializer(IObjectCreationOperation creation)
    {
        // new List<T>() and new List<T>(capacity) start empty; any other constructor may add items.
        var startsEmpty = creation.Arguments.Length == 0
            || (creation.Arguments.Length == 1 && creation.Arguments[0].Parameter?.Type.SpecialType == SpecialType.System_Int32);
        if (!startsEmpty || creation.Type is not INamedTypeSymbol type)
        {
            return null;
        }

        var elements = creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty;
        foreach (var element in elements)
        {
            if (element is not (IInvocationOperation or IDynamicInvocationOperation))
            {
                return null;
            }
        }

        // Add calls make a collection initializer, which the language allows on collections only; with none
        // (no initializer, or empty braces) the type has to say it is one.
        return !elements.IsEmpty || IsCollection(type) ? elements.Length : null;
    }

    private static bool IsCollection(INamedTypeSymbol type)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }
        }

        return false;
    }
}
