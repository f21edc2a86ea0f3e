using WeComGen.Generator.Model;

namespace WeComGen.Generator.Emit;

/// <summary>Fully qualified C# names of the types generated code uses.</summary>
internal static class TypeNames
{
    public const string Metadata = "global::WeComGen.Metadata.";
    public const string Collector = "global::WeComGen.Validation.ViolationCollector";
    public const string ValidationResult = "global::WeComGen.Validation.ValidationResult";
    public const string Severity = "global::WeComGen.Validation.ViolationSeverity";
    public const string EventCode = "global::WeComGen.Credentials.EventCode";
    public const string File = "global::WeComGen.Uploads.WeComFile";
    public const string JsonNumberHandling = "global::System.Text.Json.Serialization.JsonNumberHandlingAttribute";
    public const string JsonNumberHandlingValue = "global::System.Text.Json.Serialization.JsonNumberHandling";
    public const string JsonIgnore = "global::System.Text.Json.Serialization.JsonIgnore";
    public const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
    public const string JsonPropertyName = "global::System.Text.Json.Serialization.JsonPropertyName";
    public const string EditorBrowsableNever = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";
    /// <summary>The attribute on every generated type, with the generator's own version (its assembly's, major.minor.patch).</summary>
    public static readonly string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"WeComGen.Generator\", \"" + typeof(TypeNames).Assembly.GetName().Version!.ToString(3) + "\")]";

    /// <summary>
    /// Every namespace generated code names a type of (always <c>global::</c>-qualified). A generated namespace inside
    /// one of them, or a generated type named like one of them or a namespace on the way to it, would shadow it (WCG019).
    /// </summary>
    public static readonly string[] ReachedNamespaces =
    [
        "System",
        "System.CodeDom.Compiler",
        "System.Collections.Generic",
        "System.ComponentModel",
        "System.Globalization",
        "System.Runtime.CompilerServices",
        "System.Text.Encodings.Web",
        "System.Text.Json",
        "System.Text.Json.Serialization",
        "System.Text.Json.Serialization.Metadata",
        "System.Text.Unicode",
        "System.Threading",
        "System.Threading.Tasks",
        "WeComGen.Client",
        "WeComGen.Credentials",
        "WeComGen.Endpoints",
        "WeComGen.Metadata",
        "WeComGen.Uploads",
        "WeComGen.Validation",
    ];

    /// <summary>The C# type of a value of <paramref name="type"/>, non-nullable.</summary>
    public static string Of(TypeRef type, string ns) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Integer => "int",
        TypeKind.Long => "long",
        TypeKind.Number => "double",
        TypeKind.Boolean => "bool",
        TypeKind.EventCode => EventCode,
        TypeKind.File => File,
        TypeKind.Array => "global::System.Collections.Generic.List<" + Of(type.Item!, ns) + ">",
        _ => "global::" + ns + "." + type.Name,
    };

    /// <summary>The C# type of a member: nullable unless required.</summary>
    public static string Of(PropertyModel property, string ns) =>
        Of(property.Type, ns) + (property.Required ? string.Empty : "?");
}
