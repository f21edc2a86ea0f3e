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

    /// <summary>An open integer enum: the C# enum keeps any number the wire carries, listed or not.</summary>
    IntEnum,

    /// <summary>A file part of a multipart request (<c>x-wecom-file</c>).</summary>
    File,
}

/// <summary>A property's type: a primitive, a generated type by name, or an array of another type.</summary>
/// <param name="Kind">What kind of type it is.</param>
/// <param name="Name">The generated type's name, for objects, enums and error codes.</param>
/// <param name="Item">The item type, for arrays.</param>
/// <param name="NumberAsString">Whether a number travels as a JSON string (<c>x-wecom-number</c>): read from a string or a number, written as a string.</param>
internal sealed record TypeRef(TypeKind Kind, string? Name = null, TypeRef? Item = null, bool NumberAsString = false)
{
    public static TypeRef String { get; } = new(TypeKind.String);

    /// <summary>Whether the C# type is a value type (its optional form needs <c>?</c> to be nullable).</summary>
    public bool IsValueType => Kind is TypeKind.Integer or TypeKind.Long or TypeKind.Number or TypeKind.Boolean or TypeKind.Enum or TypeKind.IntEnum or TypeKind.ErrorCode;

    /// <summary>Whether values are strings the length and pattern rules apply to.</summary>
    public bool IsStringLike => Kind is TypeKind.String or TypeKind.EventCode;

    /// <summary>Whether a value fits in a query string: a scalar, not an object, an array or a file.</summary>
    public bool IsScalar => Kind is not (TypeKind.Object or TypeKind.Array or TypeKind.File or TypeKind.EventCode);
}
