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

        return DeclaredNotNull(inner) ? Presence.Present : Presence.Unknown;
    }

    /// <summary>
    /// A reference whose declared type says it is never null (a parameter, a property, a method's result):
    /// read from the declaration, which costs nothing, rather than from nullable flow analysis, which re-binds the body.
    /// </summary>
    private static bool DeclaredNotNull(IOperation value)
    {
        var declared = value switch
        {
            IParameterReferenceOperation parameter => parameter.Parameter.Type.NullableAnnotation,
            IPropertyReferenceOperation property => property.Property.Type.NullableAnnotation,
            IFieldReferenceOperation field => field.Field.Type.NullableAnnotation,
            IInvocationOperation invocation => invocation.TargetMethod.ReturnType.NullableAnnotation,
            _ => NullableAnnotation.None,
        };
        return declared == NullableAnnotation.NotAnnotated;
    }

    private static bool IsNonNullableValueType(ITypeSymbol? type) =>
        type is { IsValueType: true } && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T;
}
