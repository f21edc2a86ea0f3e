using WeComGen.Generator.Model;

namespace WeComGen.Generator.Emit;

/// <summary>
/// <c>{Contract}JsonContext</c>: a <c>JsonSerializerContext</c> whose type infos wrap generated converters over
/// <c>Utf8JsonWriter</c>/<c>Utf8JsonReader</c> (<see cref="JsonWriterEmitter"/>, <see cref="JsonReaderEmitter"/>), with
/// pre-encoded property names. No reflection at run time;
/// nulls are omitted on write, unknown properties skipped on read, and a missing required member or a
/// wrong token is a <c>JsonException</c> that names the JSON path.
/// </summary>
internal static class JsonContextEmitter
{
    internal const string Reader = "ref global::System.Text.Json.Utf8JsonReader reader";
    internal const string Writer = "global::System.Text.Json.Utf8JsonWriter writer";
    internal const string Options = "global::System.Text.Json.JsonSerializerOptions";
    internal const string TypeInfo = "global::System.Text.Json.Serialization.Metadata.JsonTypeInfo";
    internal const string TokenType = "global::System.Text.Json.JsonTokenType";
    internal const string JsonException = "global::System.Text.Json.JsonException";

    public static GeneratedFile Emit(ContractModel contract)
    {
        var ns = "global::" + contract.Namespace + ".";
        var name = contract.JsonContextName;
        var w = new CodeWriter().FileHeader(contract.Namespace);
        w.Line($"/// <summary>Serializer metadata for the {contract.Contract} contract, generated from its schema: no reflection at run time.</summary>");
        w.Line(TypeNames.GeneratedCode);
        w.Open($"{contract.Accessibility} sealed partial class {name} : global::System.Text.Json.Serialization.JsonSerializerContext, global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver");
        // First of the static fields: Default below and every pre-encoded name use it.
        w.Line($"private static readonly global::System.Text.Encodings.Web.JavaScriptEncoder s_wireEncoder = global::System.Text.Encodings.Web.JavaScriptEncoder.Create(global::System.Text.Unicode.UnicodeRanges.All);");
        w.Line();
        w.Line("/// <summary>The context over the wire's options (see the parameterless constructor).</summary>");
        w.Line($"public static {ns}{name} Default {{ get; }} = new {ns}{name}();");
        w.Line();
        // WeCom's own examples, and every mainstream client, send Chinese text as UTF-8; the default encoder would
        // turn each character into a six-byte \uXXXX escape. Only HTML-sensitive characters stay escaped.
        w.Line("/// <summary>Creates a context whose options write non-ASCII text (Chinese) as UTF-8 rather than <c>\\uXXXX</c> escapes, as the API's own examples do.</summary>");
        w.Line($"public {name}() : base(new {Options} {{ Encoder = s_wireEncoder }})");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Line("/// <summary>Creates a context over <paramref name=\"options\"/>, which it takes as its own.</summary>");
        w.Line($"public {name}({Options} options) : base(options)");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"protected override {Options}? GeneratedSerializerOptions => null;");
        foreach (var type in contract.Objects)
        {
            w.Line();
            w.Line($"private {TypeInfo}<{ns}{type.Name}>? {JsonContextNames.TypeInfoField(type.Name)};");
            w.Line();
            w.Line($"/// <summary>Metadata for <see cref=\"{ns}{type.Name}\"/>.</summary>");
            w.Line($"public {TypeInfo}<{ns}{type.Name}> {type.Name} => {JsonContextNames.TypeInfoField(type.Name)} ??= ({TypeInfo}<{ns}{type.Name}>)Options.GetTypeInfo(typeof({ns}{type.Name}));");
        }

        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Open($"public override {TypeInfo}? GetTypeInfo(global::System.Type type)");
        w.Line("Options.TryGetTypeInfo(type, out var typeInfo);");
        w.Line("return typeInfo;");
        w.Close();
        w.Line();
        w.Open($"{TypeInfo}? global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, {Options} options)");
        foreach (var type in contract.Objects)
        {
            w.Open($"if (type == typeof({ns}{type.Name}))");
            w.Line($"return global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<{ns}{type.Name}>(options, new {JsonContextNames.Converter(type.Name)}());");
            w.Close();
            w.Line();
        }

        w.Line("return null;");
        w.Close();
        EmitNames(w, contract);
        foreach (var type in contract.Objects)
        {
            EmitConverter(w, ns, type);
            JsonWriterEmitter.EmitWrite(w, ns, type);
            JsonReaderEmitter.EmitRead(w, contract.Namespace, type);
        }

        foreach (var type in contract.Enums)
        {
            if (type.IsInteger)
            {
                JsonReaderEmitter.EmitOpenEnumRead(w, ns, type);
            }
            else
            {
                JsonWriterEmitter.EmitWireValueOf(w, ns, type);
                JsonReaderEmitter.EmitEnumRead(w, ns, type);
            }
        }

        foreach (var type in contract.ErrorCodes)
        {
            JsonReaderEmitter.EmitErrorCodeRead(w, ns, type);
        }

        JsonReaderEmitter.EmitHelpers(w);
        w.Close();
        w.Close();
        return new GeneratedFile(contract.Namespace + "." + name + ".g.cs", w.ToString());
    }

    private static void EmitNames(CodeWriter w, ContractModel contract)
    {
        w.Line();
        foreach (var type in contract.Objects)
        {
            foreach (var property in type.Properties)
            {
                if (property.InBody)
                {
                    w.Line(EncodedField(JsonContextNames.NameField(type, property), property.WireName));
                }
            }
        }

        foreach (var type in contract.Enums)
        {
            if (type.IsInteger)
            {
                continue;
            }

            foreach (var member in type.Members)
            {
                w.Line(EncodedField(JsonContextNames.WireValueField(type.Name, member), member.WireValue));
            }
        }
    }

    private static string EncodedField(string field, string text) =>
        $"private static readonly global::System.Text.Json.JsonEncodedText {field} = global::System.Text.Json.JsonEncodedText.Encode({CodeWriter.Literal(text)}, s_wireEncoder);";

    private static void EmitConverter(CodeWriter w, string ns, ObjectTypeModel type)
    {
        w.Line();
        w.Open($"private sealed class {JsonContextNames.Converter(type.Name)} : global::System.Text.Json.Serialization.JsonConverter<{ns}{type.Name}>");
        w.Line($"public override {ns}{type.Name}? Read({Reader}, global::System.Type typeToConvert, {Options} options) =>");
        w.Line($"    reader.TokenType == {TokenType}.Null ? null : {JsonContextNames.Read(type.Name)}(ref reader, \"$\", null);");
        w.Line();
        w.Line($"public override void Write({Writer}, {ns}{type.Name} value, {Options} options) => {JsonContextNames.Write(type.Name)}(writer, value);");
        w.Close();
    }
}
