using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace WeComGen.Analyzers.Values;

/// <summary>Tells whether an assigned value sets a member: certainly, certainly not, or perhaps.</summary>
internal static class PresenceOf
{
    public static Presence Value(IOperation value)
    {
        var inner = Operations.Unwrap(value);
        if (value.ConstantValue.HasValue || inner.ConstantValue.HasValue)
        {
            var constant = value.ConstantValue.HasValue ? value.ConstantValue.Value : inner.ConstantValue.Value;
            return constant is null && !IsNonNullableValueType(value.Type) ? Presence.Absent : Presence.Present;
        }

        switch (inner)
        {
            case IDefaultValueOperation:
                return IsNonNullableValueType(value.Type) ? Presence.Present : Presence.Absent;
            case IObjectCreationOperation or IAnonymousObjectCreationOperation or IArrayCreationOperation
                or ICollectionExpressionOperation or IInterpolatedStringOperation or IWithOperation
                or ITypeParameterObjectCreationOperation:
                return Presence.Present;
        }

        if (IsNonNullableValueType(value.Type))
        {
            return Presence.Present;
        }

        return value.SemanticModel?.GetTypeInfo(value.Syntax).Nullability.FlowState == NullableFlowState.NotNull
            ? Presence.Present
            : Presence.Unknown;
    }

    private static bool IsNonNullableValueType(ITypeSymbol? type) =>
        type is { IsValueType: true } && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T;
}
