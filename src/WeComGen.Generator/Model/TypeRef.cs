namespace WeComGen.Generator.Model;

/// <summary>The kinds of type a property can have.</summary>
internal enum TypeKind
{
    String,
    Integer,
    Long,
    Number,
    Boolean,
    EventCode,
    Object,
    Enum,
    ErrorCode,
    Array,
}

/// <summary>A property's type: a primitive, a generated type by name, or an array of another type.</summary>
/// <param name="Kind">What kind of type it is.</param>
/// <param name="Name">The generated type's name, for objects, enums and error codes.</param>
/// <param name="Item">The item type, for arrays.</param>
internal sealed record TypeRef(TypeKind Kind, string? Name = null, TypeRef? Item = null)
{
    public static TypeRef String { get; } = new(TypeKind.String);

    /// <summary>Whether the C# type is a value type (its optional form needs <c>?</c> to be nullable).</summary>
    public bool IsValueType => Kind is TypeKind.Integer or TypeKind.Long or TypeKind.Number or TypeKind.Boolean or TypeKind.Enum or TypeKind.ErrorCode;

    /// <summary>Whether values are strings the length and pattern rules apply to.</summary>
    public bool IsStringLike => Kind is TypeKind.String or TypeKind.EventCode;
}
