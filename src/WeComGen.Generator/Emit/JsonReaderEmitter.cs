using WeComGen.Generator.Model;
using static WeComGen.Generator.Emit.JsonContextEmitter;

namespace WeComGen.Generator.Emit;

/// <summary>
/// The read half of the serializer context: <c>Read{T}</c> over <c>Utf8JsonReader</c>, unknown properties skipped,
/// and a <c>JsonException</c> naming the JSON path for a missing required member, a wrong token or an unknown value.
/// </summary>
internal static class JsonReaderEmitter
{
    public static void EmitRead(CodeWriter w, string contractNamespace, ObjectTypeModel type)
    {
        var ns = "global::" + contractNamespace + ".";
        w.Line();
        w.Open($"private static {ns}{type.Name} {JsonContextNames.Read(type.Name)}({Reader}, string path, string? member)");
        w.Line("var at = At(path, member);");
        w.Open($"if (reader.TokenType != {TokenType}.StartObject)");
        w.Line("throw WrongToken(at, \"an object\", reader.TokenType);");
        w.Close();
        w.Line();
        var read = 0;
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            if (property.InBody)
            {
                var local = TypeNames.Of(property.Type, contractNamespace) + "?";
                w.Line($"{local} p{i} = default;");
            }
        }

        w.Open($"while (reader.Read() && reader.TokenType != {TokenType}.EndObject)");
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            if (!property.InBody)
            {
                continue;
            }

            w.Open($"{(read++ == 0 ? "if" : "else if")} (reader.ValueTextEquals({JsonContextNames.NameField(type, property)}.EncodedUtf8Bytes))");
            w.Line("reader.Read();");
            w.Line($"p{i} = reader.TokenType == {TokenType}.Null ? null : {ReadCall(property.Type, contractNamespace, CodeWriter.Literal(property.WireName))};");
            w.Close();
        }

        if (read == 0)
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
            if (property.Required && property.InBody)
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
            if (!property.InBody)
            {
                // Not in the body: a required one is set by whoever sends the request, never by the JSON.
                if (property.Required)
                {
                    w.Line($"    {property.CSharpName} = default!,");
                }

                continue;
            }

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
        TypeKind.Integer => type.NumberAsString ? "ReadInt32OrString" : "ReadInt32",
        TypeKind.Long => type.NumberAsString ? "ReadInt64OrString" : "ReadInt64",
        TypeKind.Number => "ReadDouble",
        TypeKind.Boolean => "ReadBoolean",
        TypeKind.EventCode => "ReadEventCode",
        _ => JsonContextNames.Read(type.Name!),
    };

    /// <summary><c>Read{Enum}</c>: a wire string read back as the enum value, or a <c>JsonException</c> with its path.</summary>
    public static void EmitEnumRead(CodeWriter w, string ns, EnumTypeModel type)
    {
        var name = type.Name;
        w.Line();
        w.Open($"private static {ns}{name} {JsonContextNames.Read(name)}({Reader}, string path, string? member)");
        w.Line("var wire = ReadString(ref reader, path, member);");
        w.Open($"if (!{ns}{name}Extensions.TryParseWireValue(wire, out var value))");
        w.Line("var at = At(path, member);");
        w.Line($"throw new {JsonException}(at + \": \\\"\" + wire + \"\\\" is not a value of {name}.\", at, null, null);");
        w.Close();
        w.Line();
        w.Line("return value;");
        w.Close();
    }


    /// <summary>
    /// <c>Read{Enum}</c> of an open integer enum: any number is read and kept, listed or not, and a string of digits
    /// too (some servers' copies quote such codes).
    /// </summary>
    public static void EmitOpenEnumRead(CodeWriter w, string ns, EnumTypeModel type)
    {
        w.Line();
        w.Line($"private static {ns}{type.Name} {JsonContextNames.Read(type.Name)}({Reader}, string path, string? member) => ({ns}{type.Name})ReadInt32OrString(ref reader, path, member);");
    }

    /// <summary><c>Read{Codes}</c>: an error code is read as its number, documented or not.</summary>
    public static void EmitErrorCodeRead(CodeWriter w, string ns, ErrorCodeTypeModel type)
    {
        w.Line();
        w.Line($"private static {ns}{type.Name} {JsonContextNames.Read(type.Name)}({Reader}, string path, string? member) => ({ns}{type.Name})ReadInt32(ref reader, path, member);");
    }

    public static void EmitHelpers(CodeWriter w)
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
        NumberOrString(w, "int", "ReadInt32OrString", "Int32", "a 32-bit integer");
        NumberOrString(w, "long", "ReadInt64OrString", "Int64", "a 64-bit integer");
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

    /// <summary>A number the wire carries as a string (<c>"1380000000"</c>), read from a string or a number.</summary>
    private static void NumberOrString(CodeWriter w, string type, string name, string clrName, string expected)
    {
        w.Line();
        w.Open($"private static {type} {name}({Reader}, string path, string? member)");
        w.Open($"if (reader.TokenType == {TokenType}.Number && reader.TryGet{clrName}(out var number))");
        w.Line("return number;");
        w.Close();
        w.Line();
        w.Open($"if (reader.TokenType == {TokenType}.String && {type}.TryParse(reader.GetString(), global::System.Globalization.NumberStyles.AllowLeadingSign, {TypeNames.Invariant}, out var parsed))");
        w.Line("return parsed;");
        w.Close();
        w.Line();
        w.Line($"throw WrongToken(At(path, member), \"{expected} (as a number or a string of digits)\", reader.TokenType);");
        w.Close();
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
