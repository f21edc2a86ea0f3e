using WeComGen.Generator.Model;

namespace WeComGen.Generator.Emit;

/// <summary>
/// <c>{Contract}JsonContext</c>: a <c>JsonSerializerContext</c> whose type infos wrap generated converters over
/// <c>Utf8JsonWriter</c>/<c>Utf8JsonReader</c>, with pre-encoded property names. No reflection at run time;
/// nulls are omitted on write, unknown properties skipped on read, and a missing required member or a
/// wrong token is a <c>JsonException</c> that names the JSON path.
/// </summary>
internal static class JsonContextEmitter
{
    private const string Reader = "ref global::System.Text.Json.Utf8JsonReader reader";
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter writer";
    private const string Options = "global::System.Text.Json.JsonSerializerOptions";
    private const string TypeInfo = "global::System.Text.Json.Serialization.Metadata.JsonTypeInfo";
    private const string TokenType = "global::System.Text.Json.JsonTokenType";
    private const string JsonException = "global::System.Text.Json.JsonException";

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
            w.Line($"private {TypeInfo}<{ns}{type.Name}>? _{type.Name};");
            w.Line();
            w.Line($"/// <summary>Metadata for <see cref=\"{ns}{type.Name}\"/>.</summary>");
            w.Line($"public {TypeInfo}<{ns}{type.Name}> {type.Name} => _{type.Name} ??= ({TypeInfo}<{ns}{type.Name}>)Options.GetTypeInfo(typeof({ns}{type.Name}));");
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
            w.Line($"return global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<{ns}{type.Name}>(options, new {type.Name}Converter());");
            w.Close();
            w.Line();
        }

        w.Line("return null;");
        w.Close();
        EmitNames(w, contract);
        foreach (var type in contract.Objects)
        {
            EmitConverter(w, ns, type);
            EmitWrite(w, ns, type);
            EmitRead(w, contract.Namespace, type);
        }

        foreach (var type in contract.Enums)
        {
            EmitEnumHelpers(w, ns, type);
        }

        foreach (var type in contract.ErrorCodes)
        {
            w.Line();
            w.Line($"private static {ns}{type.Name} Read{type.Name}({Reader}, string path, string? member) => ({ns}{type.Name})ReadInt32(ref reader, path, member);");
        }

        EmitHelpers(w);
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
                w.Line(EncodedField(NameField(type, property), property.WireName));
            }
        }

        foreach (var type in contract.Enums)
        {
            foreach (var member in type.Members)
            {
                w.Line(EncodedField(WireValueField(type.Name, member), member.WireValue));
            }
        }
    }

    private static string EncodedField(string field, string text) =>
        $"private static readonly global::System.Text.Json.JsonEncodedText {field} = global::System.Text.Json.JsonEncodedText.Encode({CodeWriter.Literal(text)}, s_wireEncoder);";

    private static string NameField(ObjectTypeModel type, PropertyModel property) => "s_" + type.Name + "_" + property.CSharpName;

    private static string WireValueField(string enumName, EnumMemberModel member) => "s_" + enumName + "_" + member.Name + "_Value";

    private static void EmitConverter(CodeWriter w, string ns, ObjectTypeModel type)
    {
        w.Line();
        w.Open($"private sealed class {type.Name}Converter : global::System.Text.Json.Serialization.JsonConverter<{ns}{type.Name}>");
        w.Line($"public override {ns}{type.Name}? Read({Reader}, global::System.Type typeToConvert, {Options} options) =>");
        w.Line($"    reader.TokenType == {TokenType}.Null ? null : Read{type.Name}(ref reader, \"$\", null);");
        w.Line();
        w.Line($"public override void Write({Writer}, {ns}{type.Name} value, {Options} options) => Write{type.Name}(writer, value);");
        w.Close();
    }

    // Write{T} writes a whole object (array items, the converter's root); Write{T}Members writes its members, so
    // a property can open the object under its pre-encoded name in one call (WriteStartObject(name)).
    private static void EmitWrite(CodeWriter w, string ns, ObjectTypeModel type)
    {
        w.Line();
        w.Open($"private static void Write{type.Name}({Writer}, {ns}{type.Name} value)");
        w.Line("writer.WriteStartObject();");
        w.Line($"Write{type.Name}Members(writer, value);");
        w.Line("writer.WriteEndObject();");
        w.Close();
        w.Line();
        w.Open($"private static void Write{type.Name}Members({Writer}, {ns}{type.Name} value)");
        foreach (var property in type.Properties)
        {
            var access = "value." + property.CSharpName;
            var guard = !property.Type.IsValueType ? $"{access} is not null" : property.Required ? null : $"{access}.HasValue";
            if (guard is not null)
            {
                w.Open($"if ({guard})");
            }

            WriteValue(w, property.Type, property.Type.IsValueType && !property.Required ? access + ".Value" : access, NameField(type, property));
            if (guard is not null)
            {
                w.Close();
            }
        }

        w.Close();
    }

    /// <summary>Writes <paramref name="value"/> as the property <paramref name="name"/>, or as an array item when it is null.</summary>
    private static void WriteValue(CodeWriter w, TypeRef type, string value, string? name)
    {
        switch (type.Kind)
        {
            case TypeKind.String:
                w.Line(Call("WriteString", name, value));
                break;
            case TypeKind.EventCode:
                w.Line(Call("WriteString", name, value + ".Value"));
                break;
            case TypeKind.Integer or TypeKind.Long or TypeKind.Number:
                w.Line(Call("WriteNumber", name, value));
                break;
            case TypeKind.Boolean:
                w.Line(Call("WriteBoolean", name, value));
                break;
            case TypeKind.ErrorCode:
                w.Line(Call("WriteNumber", name, "(int)" + value));
                break;
            case TypeKind.Enum:
                w.Line(Call("WriteString", name, $"WireValueOf{type.Name}({value})"));
                break;
            case TypeKind.Object when name is null:
                w.Line($"Write{type.Name}(writer, {value});");
                break;
            case TypeKind.Object:
                w.Line($"writer.WriteStartObject({name});");
                w.Line($"Write{type.Name}Members(writer, {value});");
                w.Line("writer.WriteEndObject();");
                break;
            case TypeKind.Array:
                w.Line($"writer.WriteStartArray({name});");
                w.Open($"foreach (var item in {value})");
                if (type.Item!.IsValueType)
                {
                    WriteValue(w, type.Item, "item", null);
                }
                else
                {
                    w.Open("if (item is null)");
                    w.Line("writer.WriteNullValue();");
                    w.Close();
                    w.Open("else");
                    WriteValue(w, type.Item, "item", null);
                    w.Close();
                }

                w.Close();
                w.Line("writer.WriteEndArray();");
                break;
        }
    }

    /// <summary><c>writer.WriteString(name, value)</c> for a property, <c>writer.WriteStringValue(value)</c> for an item.</summary>
    private static string Call(string method, string? name, string value) =>
        name is null ? $"writer.{method}Value({value});" : $"writer.{method}({name}, {value});";

    private static void EmitRead(CodeWriter w, string contractNamespace, ObjectTypeModel type)
    {
        var ns = "global::" + contractNamespace + ".";
        w.Line();
        w.Open($"private static {ns}{type.Name} Read{type.Name}({Reader}, string path, string? member)");
        w.Line("var at = At(path, member);");
        w.Open($"if (reader.TokenType != {TokenType}.StartObject)");
        w.Line("throw WrongToken(at, \"an object\", reader.TokenType);");
        w.Close();
        w.Line();
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            var local = TypeNames.Of(property.Type, contractNamespace) + "?";
            w.Line($"{local} p{i} = default;");
        }

        w.Open($"while (reader.Read() && reader.TokenType != {TokenType}.EndObject)");
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            w.Open($"{(i == 0 ? "if" : "else if")} (reader.ValueTextEquals({NameField(type, property)}.EncodedUtf8Bytes))");
            w.Line("reader.Read();");
            w.Line($"p{i} = reader.TokenType == {TokenType}.Null ? null : {ReadCall(property.Type, contractNamespace, CodeWriter.Literal(property.WireName))};");
            w.Close();
        }

        if (type.Properties.Count == 0)
        {
            w.Line("reader.Read();");
            w.Line("reader.Skip();");
        }
        else
        {
            w.Open("else");
            w.Line("reader.Read();");
            w.Line("reader.Skip();");
            w.Close();
        }

        w.Close();
        w.Line();
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            if (property.Required)
            {
                w.Open($"if (p{i} is null)");
                w.Line($"throw Missing(at, {CodeWriter.Literal(property.WireName)});");
                w.Close();
                w.Line();
            }
        }

        w.Line($"return new {ns}{type.Name}");
        w.Line("{");
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            var value = property.Required && property.Type.IsValueType ? $"p{i}.Value" : $"p{i}";
            w.Line($"    {property.CSharpName} = {value},");
        }

        w.Line("};");
        w.Close();
    }

    /// <summary>The call that reads one value of <paramref name="type"/> at the reader's current token.</summary>
    private static string ReadCall(TypeRef type, string contractNamespace, string member)
    {
        var arguments = "(ref reader, at, " + member;
        return type.Kind switch
        {
            TypeKind.Array => $"ReadList<{TypeNames.Of(type.Item!, contractNamespace)}>{arguments}, {ReaderOf(type.Item!)})",
            _ => ReaderOf(type) + arguments + ")",
        };
    }

    /// <summary>The helper that reads one value of a non-array type: <c>(ref reader, path, member) => value</c>.</summary>
    private static string ReaderOf(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "ReadString",
        TypeKind.Integer => "ReadInt32",
        TypeKind.Long => "ReadInt64",
        TypeKind.Number => "ReadDouble",
        TypeKind.Boolean => "ReadBoolean",
        TypeKind.EventCode => "ReadEventCode",
        _ => "Read" + type.Name,
    };

    private static void EmitEnumHelpers(CodeWriter w, string ns, EnumTypeModel type)
    {
        var name = type.Name;
        w.Line();
        w.Open($"private static global::System.Text.Json.JsonEncodedText WireValueOf{name}({ns}{name} value) => value switch");
        foreach (var member in type.Members)
        {
            w.Line($"{ns}{name}.{member.Name} => {WireValueField(name, member)},");
        }

        w.Line($"_ => throw new {JsonException}(\"\" + value + \" is not a value of {name} the contract defines.\"),");
        w.Close(";");
        w.Line();
        w.Open($"private static {ns}{name} Read{name}({Reader}, string path, string? member)");
        w.Line("var wire = ReadString(ref reader, path, member);");
        w.Open($"if (!{ns}{name}Extensions.TryParseWireValue(wire, out var value))");
        w.Line("var at = At(path, member);");
        w.Line($"throw new {JsonException}(at + \": \\\"\" + wire + \"\\\" is not a value of {name}.\", at, null, null);");
        w.Close();
        w.Line();
        w.Line("return value;");
        w.Close();
    }

    private static void EmitHelpers(CodeWriter w)
    {
        w.Line();
        w.Line("private delegate T ItemReader<T>(ref global::System.Text.Json.Utf8JsonReader reader, string path, string? member);");
        w.Line();
        w.Open($"private static global::System.Collections.Generic.List<T> ReadList<T>({Reader}, string path, string? member, ItemReader<T> readItem)");
        w.Line("var at = At(path, member);");
        w.Open($"if (reader.TokenType != {TokenType}.StartArray)");
        w.Line("throw WrongToken(at, \"an array\", reader.TokenType);");
        w.Close();
        w.Line();
        w.Line("var list = new global::System.Collections.Generic.List<T>();");
        w.Open($"while (reader.Read() && reader.TokenType != {TokenType}.EndArray)");
        w.Line("list.Add(readItem(ref reader, at + \"[\" + list.Count.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\", null));");
        w.Close();
        w.Line();
        w.Line("return list;");
        w.Close();
        Scalar(w, "string", "ReadString", "String", "a string", "reader.GetString()!");
        Scalar(w, "int", "ReadInt32", "Number", "a 32-bit integer", "reader.TryGetInt32(out var value) ? value : throw WrongToken(At(path, member), \"a 32-bit integer\", reader.TokenType)");
        Scalar(w, "long", "ReadInt64", "Number", "a 64-bit integer", "reader.TryGetInt64(out var value) ? value : throw WrongToken(At(path, member), \"a 64-bit integer\", reader.TokenType)");
        Scalar(w, "double", "ReadDouble", "Number", "a number", "reader.GetDouble()");
        w.Line();
        w.Open($"private static bool ReadBoolean({Reader}, string path, string? member) => reader.TokenType switch");
        w.Line($"{TokenType}.True => true,");
        w.Line($"{TokenType}.False => false,");
        w.Line("_ => throw WrongToken(At(path, member), \"true or false\", reader.TokenType),");
        w.Close(";");
        w.Line();
        w.Line($"private static {TypeNames.EventCode} ReadEventCode({Reader}, string path, string? member) =>");
        w.Line($"    new {TypeNames.EventCode}(ReadString(ref reader, path, member), null);");
        w.Line();
        w.Line("private static string At(string path, string? member) => member is null ? path : path + \".\" + member;");
        w.Line();
        w.Line($"private static {JsonException} WrongToken(string at, string expected, {TokenType} found) =>");
        w.Line($"    new {JsonException}(at + \": expected \" + expected + \", found \" + found + \".\", at, null, null);");
        w.Line();
        w.Line($"private static {JsonException} Missing(string at, string member) =>");
        w.Line($"    new {JsonException}(at + \": the required member '\" + member + \"' is missing.\", at + \".\" + member, null, null);");
    }

    private static void Scalar(CodeWriter w, string type, string name, string token, string expected, string read)
    {
        w.Line();
        w.Open($"private static {type} {name}({Reader}, string path, string? member)");
        w.Open($"if (reader.TokenType != {TokenType}.{token})");
        w.Line($"throw WrongToken(At(path, member), \"{expected}\", reader.TokenType);");
        w.Close();
        w.Line();
        w.Line($"return {read};");
        w.Close();
    }
}
