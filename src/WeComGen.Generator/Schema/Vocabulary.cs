using System.Collections.Generic;

namespace WeComGen.Generator.Schema;

/// <summary>What a keyword's value must be.</summary>
internal enum ValueShape
{
    Any,
    String,
    Boolean,
    NonNegativeInteger,
    Schema,
    SchemaOrBoolean,
    SchemaMap,
    SchemaArray,
    StringArray,
    Array,
    Object,
    ObjectOrArray,
    StringOrStringArray,
}

/// <summary>The keywords the generator understands, where each may appear, and what its value must be.</summary>
internal static class Vocabulary
{
    /// <summary>
    /// The <c>$schema</c> a file may declare: JSON Schema 2020-12 itself, or WeComGen's dialect of it
    /// (<c>schema/wecom.dialect.json</c>), which adds the x-wecom keywords so editors check and complete them.
    /// </summary>
    public static string[] Dialects { get; } = ["https://json-schema.org/draft/2020-12/schema", "https://wecomgen.dev/schema/2020-12/wecom"];

    /// <summary>Keywords of any schema object.</summary>
    public static IReadOnlyDictionary<string, ValueShape> SchemaKeywords { get; } = new Dictionary<string, ValueShape>
    {
        ["$id"] = ValueShape.String,
        ["$ref"] = ValueShape.String,
        ["$comment"] = ValueShape.String,
        ["title"] = ValueShape.String,
        ["description"] = ValueShape.String,
        ["examples"] = ValueShape.Array,
        ["default"] = ValueShape.Any,
        ["type"] = ValueShape.Any,
        ["properties"] = ValueShape.SchemaMap,
        ["required"] = ValueShape.StringArray,
        ["items"] = ValueShape.Schema,
        ["enum"] = ValueShape.Array,
        ["const"] = ValueShape.Any,
        ["oneOf"] = ValueShape.SchemaArray,
        ["anyOf"] = ValueShape.SchemaArray,
        ["not"] = ValueShape.Schema,
        ["minItems"] = ValueShape.NonNegativeInteger,
        ["maxItems"] = ValueShape.NonNegativeInteger,
        ["minLength"] = ValueShape.NonNegativeInteger,
        ["maxLength"] = ValueShape.NonNegativeInteger,
        ["pattern"] = ValueShape.String,
        ["format"] = ValueShape.String,
        ["additionalProperties"] = ValueShape.SchemaOrBoolean,
        ["unevaluatedProperties"] = ValueShape.SchemaOrBoolean,
        ["x-wecom-errors"] = ValueShape.Array,
        ["x-wecom-csharp-name"] = ValueShape.String,
        ["x-wecom-enum-names"] = ValueShape.StringArray,
        ["x-wecom-max-utf8-bytes"] = ValueShape.NonNegativeInteger,
        ["x-wecom-credential"] = ValueShape.Object,
        ["x-wecom-hint"] = ValueShape.ObjectOrArray,
        ["x-wecom-discriminator"] = ValueShape.String,
        ["x-wecom-precedence"] = ValueShape.StringArray,
        ["x-wecom-in"] = ValueShape.String,
        ["x-wecom-file"] = ValueShape.Object,
        ["x-wecom-number"] = ValueShape.String,
        ["x-wecom-valid-for"] = ValueShape.Object,
    };

    /// <summary>Keywords only the root of the file may have.</summary>
    public static IReadOnlyDictionary<string, ValueShape> RootKeywords { get; } = new Dictionary<string, ValueShape>
    {
        ["$schema"] = ValueShape.String,
        ["$defs"] = ValueShape.SchemaMap,
        ["x-wecom-namespace"] = ValueShape.String,
        ["x-wecom-contract"] = ValueShape.String,
        ["x-wecom-base-address"] = ValueShape.String,
        ["x-wecom-endpoints"] = ValueShape.Object,
    };

    public static IReadOnlyDictionary<string, ValueShape> EndpointKeys { get; } = new Dictionary<string, ValueShape>
    {
        ["description"] = ValueShape.String,
        ["method"] = ValueShape.String,
        ["path"] = ValueShape.String,
        ["auth"] = ValueShape.Object,
        ["request"] = ValueShape.Object,
        ["response"] = ValueShape.Object,
        ["pagination"] = ValueShape.Object,
    };

    public static IReadOnlyDictionary<string, ValueShape> PaginationKeys { get; } = new Dictionary<string, ValueShape>
    {
        ["cursor"] = ValueShape.String,
        ["nextCursor"] = ValueShape.String,
    };

    public static IReadOnlyDictionary<string, ValueShape> FileKeys { get; } = new Dictionary<string, ValueShape>
    {
        ["part"] = ValueShape.String,
        ["minBytes"] = ValueShape.NonNegativeInteger,
        ["maxBytes"] = ValueShape.NonNegativeInteger,
        ["contentMediaType"] = ValueShape.StringOrStringArray,
        ["variantBy"] = ValueShape.String,
        ["variants"] = ValueShape.Object,
    };

    public static IReadOnlyDictionary<string, ValueShape> FileVariantKeys { get; } = new Dictionary<string, ValueShape>
    {
        ["description"] = ValueShape.String,
        ["minBytes"] = ValueShape.NonNegativeInteger,
        ["maxBytes"] = ValueShape.NonNegativeInteger,
        ["contentMediaType"] = ValueShape.StringOrStringArray,
    };

    /// <summary>The values of <c>x-wecom-in</c>: where a request member travels.</summary>
    public static string[] Placements { get; } = ["query", "body"];

    /// <summary>The values of <c>x-wecom-number</c>: the number a string carries.</summary>
    public static string[] NumberFormats { get; } = ["int32", "int64"];

    public static IReadOnlyDictionary<string, ValueShape> AuthKeys { get; } = new Dictionary<string, ValueShape>
    {
        ["in"] = ValueShape.String,
        ["name"] = ValueShape.String,
    };

    public static IReadOnlyDictionary<string, ValueShape> CredentialKeys { get; } = new Dictionary<string, ValueShape>
    {
        ["issuedBy"] = ValueShape.String,
        ["validitySeconds"] = ValueShape.NonNegativeInteger,
        ["singleUse"] = ValueShape.Boolean,
    };

    public static IReadOnlyDictionary<string, ValueShape> ValidForKeys { get; } = new Dictionary<string, ValueShape>
    {
        ["duration"] = ValueShape.String,
        ["from"] = ValueShape.String,
        ["permanent"] = ValueShape.Boolean,
    };

    public static IReadOnlyDictionary<string, ValueShape> HintKeys { get; } = new Dictionary<string, ValueShape>
    {
        ["pattern"] = ValueShape.String,
        ["message"] = ValueShape.String,
    };

    public static IReadOnlyDictionary<string, ValueShape> ErrorKeys { get; } = new Dictionary<string, ValueShape>
    {
        ["code"] = ValueShape.Any,
        ["name"] = ValueShape.String,
        ["errmsg"] = ValueShape.String,
        ["meaning"] = ValueShape.String,
        ["action"] = ValueShape.String,
        ["hint"] = ValueShape.String,
        ["retryLimit"] = ValueShape.NonNegativeInteger,
    };

    /// <summary><c>action</c> values of <c>x-wecom-errors</c> and the <c>ErrorAction</c> members they become.</summary>
    public static IReadOnlyDictionary<string, string> ErrorActions { get; } = new Dictionary<string, string>
    {
        ["ok"] = "Ok",
        ["delivered"] = "Delivered",
        ["retry"] = "Retry",
        ["throttled"] = "Throttled",
        ["refresh-token"] = "RefreshToken",
        ["expired"] = "Expired",
        ["configuration"] = "Configuration",
        ["rejected"] = "Rejected",
    };

    /// <summary>Keywords that constrain arrays, and those that constrain strings: elsewhere they would silently do nothing.</summary>
    public static IReadOnlyList<string> ArrayKeywords { get; } = ["minItems", "maxItems"];

    public static IReadOnlyList<string> StringKeywords { get; } = ["minLength", "maxLength", "pattern", "x-wecom-max-utf8-bytes", "x-wecom-hint", "x-wecom-credential", "x-wecom-valid-for"];

    public static string[] HttpMethods { get; } = ["GET", "POST", "PUT", "PATCH", "DELETE"];
}
