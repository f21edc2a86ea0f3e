using System.Text;
using WeComGen.Generator.Model;

namespace WeComGen.Generator.Emit;

/// <summary>
/// The members of an endpoint descriptor that say how its request travels: <c>Body</c>, <c>GetQuery</c> (the query
/// members, formatted as the wire carries them) and <c>FileParts</c> (each with the rule of every variant).
/// </summary>
internal static class EndpointShapeEmitter
{
    private const string Endpoints = "global::WeComGen.Endpoints.";
    private const string Pair = "global::System.Collections.Generic.KeyValuePair<string, string?>";

    public static void Emit(CodeWriter w, ContractModel contract, EndpointModel endpoint)
    {
        if (endpoint.Body != "Json")
        {
            w.Line($"Body = {Endpoints}RequestBody.{endpoint.Body},");
        }

        if (!endpoint.Query.IsEmpty)
        {
            var pairs = new StringBuilder();
            foreach (var member in endpoint.Query)
            {
                pairs.Append(pairs.Length == 0 ? string.Empty : ", ")
                    .Append($"new {Pair}({CodeWriter.Literal(member.WireName)}, {QueryValue(member, "request." + member.CSharpName, contract.Namespace)})");
            }

            w.Line($"GetQuery = static request => new {Pair}[] {{ {pairs} }},");
        }

        if (endpoint.Files.IsEmpty)
        {
            return;
        }

        var request = "global::" + contract.Namespace + "." + endpoint.RequestType;
        w.Open($"FileParts = new {Endpoints}FilePart<{request}>[]");
        foreach (var part in endpoint.Files)
        {
            var file = part.Member.File!;
            w.Open($"new {Endpoints}FilePart<{request}>");
            w.Line($"Name = {CodeWriter.Literal(file.PartName)},");
            w.Line($"Member = {CodeWriter.Literal(part.Member.WireName)},");
            w.Line($"GetFile = static request => request.{part.Member.CSharpName},");
            EmitRule(w, contract, part);
            if (part.StandsAlone)
            {
                w.Line($"NewRequest = static (file, variant) => {NewRequest(part, request, contract.Namespace)},");
            }

            w.Close(",");
        }

        w.Close(",");
    }

    /// <summary>
    /// <c>GetRule</c>: one rule, or a switch on the chooser's wire value (a value the schema knows no rule for gives
    /// <see langword="null"/>). Rules are built per call: a call reads a file, which costs far more.
    /// </summary>
    private static void EmitRule(CodeWriter w, ContractModel contract, FilePartModel part)
    {
        var file = part.Member.File!;
        if (part.VariantBy is not { } chooser)
        {
            w.Line($"GetRule = static request => {Rule(file.Rules[0], null)},");
            return;
        }

        var wire = chooser.Type.Kind == TypeKind.Enum ? QueryValue(chooser, "request." + chooser.CSharpName, contract.Namespace) : "request." + chooser.CSharpName;
        w.Open($"GetRule = static request => {wire} switch");
        foreach (var rule in file.Rules)
        {
            w.Line($"{CodeWriter.Literal(rule.Variant)} => {Rule(rule, chooser.WireName + " " + rule.Variant)},");
        }

        w.Line("_ => null,");
        w.Close(",");
    }

    /// <summary>A request of the file alone, its chooser set from the wire value (<see langword="null"/> for a value the chooser cannot have).</summary>
    private static string NewRequest(FilePartModel part, string request, string ns)
    {
        var file = part.Member.CSharpName + " = file";
        return part.VariantBy switch
        {
            null => $"new {request} {{ {file} }}",
            { Type.Kind: TypeKind.Enum } chooser =>
                $"global::{ns}.{chooser.Type.Name}Extensions.TryParseWireValue(variant, out var value) ? new {request} {{ {file}, {chooser.CSharpName} = value }} : null",
            var chooser => $"variant is null ? null : new {request} {{ {file}, {chooser.CSharpName} = variant }}",
        };
    }

    /// <param name="variant">The variant as messages name it: the chooser and its value (<c>type image</c>).</param>
    private static string Rule(FileRuleModel rule, string? variant)
    {
        var types = new StringBuilder();
        foreach (var type in rule.ContentTypes)
        {
            types.Append(types.Length == 0 ? string.Empty : ", ").Append(CodeWriter.Literal(type));
        }

        var list = rule.ContentTypes.IsEmpty ? "global::System.Array.Empty<string>()" : $"new string[] {{ {types} }}";
        return $"new {Endpoints}FileRule({CodeWriter.Long(rule.MinBytes)}, {CodeWriter.Long(rule.MaxBytes)}, {list}, {CodeWriter.Literal(variant)})";
    }

    /// <summary>The text a query member's value travels as: invariant numbers, enums as their wire values, null when unset.</summary>
    public static string QueryValue(PropertyModel member, string access, string ns)
    {
        var type = member.Type;
        if (!type.IsValueType)
        {
            return access;
        }

        var value = member.Required ? access : access + ".Value";
        var text = type.Kind switch
        {
            TypeKind.Enum => $"global::{ns}.{type.Name}Extensions.ToWireValue({value})",
            TypeKind.IntEnum => $"((int){value}).ToString({TypeNames.Invariant})",
            TypeKind.Boolean => $"({value} ? \"true\" : \"false\")",
            TypeKind.Number => $"{value}.ToString(\"R\", {TypeNames.Invariant})",
            _ => $"{value}.ToString({TypeNames.Invariant})",
        };

        return member.Required ? text : $"({access}.HasValue ? {text} : null)";
    }
}
