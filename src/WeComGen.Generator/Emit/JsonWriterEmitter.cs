using WeComGen.Generator.Model;
using static WeComGen.Generator.Emit.JsonContextEmitter;

namespace WeComGen.Generator.Emit;

/// <summary>
/// The write half of the serializer context: <c>Write{T}</c> and <c>Write{T}Members</c> over <c>Utf8JsonWriter</c>,
/// pre-encoded names, nulls omitted.
/// </summary>
internal static class JsonWriterEmitter
{
    // Write{T} writes a whole object (array items, the converter's root); Write{T}Members writes its members, so
    // a property can open the object under its pre-encoded name in one call (WriteStartObject(name)).
    public static void EmitWrite(CodeWriter w, string ns, ObjectTypeModel type)
    {
        w.Line();
        w.Open($"private static void {JsonContextNames.Write(type.Name)}({Writer}, {ns}{type.Name} value)");
        w.Line("writer.WriteStartObject();");
        w.Line($"{JsonContextNames.WriteMembers(type.Name)}(writer, value);");
        w.Line("writer.WriteEndObject();");
        w.Close();
        w.Line();
        w.Open($"private static void {JsonContextNames.WriteMembers(type.Name)}({Writer}, {ns}{type.Name} value)");
        foreach (var property in type.Properties)
        {
            if (!property.InBody)
            {
                continue;
            }

            var access = "value." + property.CSharpName;
            var guard = !property.Type.IsValueType ? $"{access} is not null" : property.Required ? null : $"{access}.HasValue";
            if (guard is not null)
            {
                w.Open($"if ({guard})");
            }

            WriteValue(w, property.Type, property.Type.IsValueType && !property.Required ? access + ".Value" : access, JsonContextNames.NameField(type, property));
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
            case TypeKind.Integer or TypeKind.Long when type.NumberAsString:
                w.Line(Call("WriteString", name, $"{value}.ToString({TypeNames.Invariant})"));
                break;
            case TypeKind.Integer or TypeKind.Long or TypeKind.Number:
                w.Line(Call("WriteNumber", name, value));
                break;
            case TypeKind.Boolean:
                w.Line(Call("WriteBoolean", name, value));
                break;
            case TypeKind.ErrorCode or TypeKind.IntEnum:
                w.Line(Call("WriteNumber", name, "(int)" + value));
                break;
            case TypeKind.Enum:
                w.Line(Call("WriteString", name, $"{JsonContextNames.WireValueOf(type.Name!)}({value})"));
                break;
            case TypeKind.Object when name is null:
                w.Line($"{JsonContextNames.Write(type.Name!)}(writer, {value});");
                break;
            case TypeKind.Object:
                w.Line($"writer.WriteStartObject({name});");
                w.Line($"{JsonContextNames.WriteMembers(type.Name!)}(writer, {value});");
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

    /// <summary><c>WireValueOf{Enum}</c>: an enum value's pre-encoded wire string.</summary>
    public static void EmitWireValueOf(CodeWriter w, string ns, EnumTypeModel type)
    {
        var name = type.Name;
        w.Line();
        w.Open($"private static global::System.Text.Json.JsonEncodedText {JsonContextNames.WireValueOf(name)}({ns}{name} value) => value switch");
        foreach (var member in type.Members)
        {
            w.Line($"{ns}{name}.{member.Name} => {JsonContextNames.WireValueField(name, member)},");
        }

        w.Line($"_ => throw new {JsonException}(\"\" + value + \" is not a value of {name} the contract defines.\"),");
        w.Close(";");
    }
}
