using System.Collections.Generic;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Model;
using WeComGen.Generator.Schema.Json;

namespace WeComGen.Generator.Schema;

/// <summary>File parts: <c>x-wecom-file</c>, its size and media-type rules, one per variant.</summary>
internal sealed partial class ModelBuilder
{
    // Where each file member's x-wecom-file is ("Owner.wire"), so the endpoint can report a variant it cannot choose.
    private readonly Dictionary<string, JsonNode> _fileNodes = new(System.StringComparer.Ordinal);

    private PropertyModel? BuildFileProperty(string owner, JsonMember member, string csharpName, bool required, JsonNode file)
    {
        if (member.Value.Find("x-wecom-in") is { } placement)
        {
            diagnostics.Report(SchemaDiagnostics.InvalidPlacement, placement, member.Name, owner, "a member with x-wecom-file is a file part of a multipart body; remove x-wecom-in");
            return null;
        }

        var baseRule = ReadFileRule(null, file, null, member.Name);
        var variantBy = String(file, "variantBy");
        var rules = new List<FileRuleModel>();
        if (file.Get("variants") is { Kind: JsonKind.Object } variants)
        {
            if (variantBy is null)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidPlacement, file.Find("variants")!, member.Name, owner, "'variants' needs 'variantBy', the request member whose value chooses the variant");
                return null;
            }

            foreach (var variant in variants.Members)
            {
                if (variant.Value.Kind == JsonKind.Object && ReadFileRule(variant.Name, variant.Value, baseRule, member.Name) is { } rule)
                {
                    rules.Add(rule);
                }
            }
        }
        else if (variantBy is not null)
        {
            diagnostics.Report(SchemaDiagnostics.InvalidPlacement, file.Find("variantBy")!, member.Name, owner, "'variantBy' needs 'variants', the rule of each value");
            return null;
        }
        else if (baseRule is { } only)
        {
            rules.Add(only);
        }

        if (rules.Count == 0 || (baseRule is null && variantBy is null))
        {
            return null;
        }

        _fileNodes[owner + "." + member.Name] = file;
        var model = new FileModel(String(file, "part") ?? member.Name, variantBy, rules.ToEquatableArray());
        return new PropertyModel(member.Name, csharpName, String(member.Value, "description"), new TypeRef(TypeKind.File), required, ConstraintsModel.None, null, IsDiscriminator: false, VariantWireValue: null, Placement.File, model);
    }

    /// <summary>A file rule from <paramref name="node"/>, each limit not given there taken from <paramref name="inherited"/>.</summary>
    private FileRuleModel? ReadFileRule(string? variant, JsonNode node, FileRuleModel? inherited, string wireName)
    {
        long? min = Int(node, "minBytes") ?? inherited?.MinBytes;
        long? max = Int(node, "maxBytes") ?? inherited?.MaxBytes;
        var types = ReadMediaTypes(node.Get("contentMediaType")) ?? inherited?.ContentTypes ?? EquatableArray<string>.Empty;
        if (max is null)
        {
            // The outer rule may leave the size to its variants.
            if (variant is not null || node.Get("variants") is null)
            {
                var where = variant is null ? $"the x-wecom-file of '{wireName}'" : $"the variant '{variant}' of '{wireName}'";
                diagnostics.Report(SchemaDiagnostics.MissingKeyword, node.Start, 1, "maxBytes", $"{where} needs the largest size a file may have, in bytes");
            }

            return null;
        }

        if (min > max)
        {
            diagnostics.Report(SchemaDiagnostics.ContradictoryLimits, node, $"'minBytes' is {min} but 'maxBytes' is {max}: no file fits");
            return null;
        }

        return new FileRuleModel(variant, min ?? 0, max.Value, types);
    }

    private EquatableArray<string>? ReadMediaTypes(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var items = node.Kind == JsonKind.Array ? node.Items : [node];
        var types = new List<string>();
        foreach (var item in items)
        {
            var text = item.Text;
            var slash = text?.IndexOf('/') ?? -1;
            if (text is null || slash <= 0 || slash == text.Length - 1 || text.IndexOf(' ') >= 0)
            {
                diagnostics.Report(SchemaDiagnostics.WrongValueType, item, "contentMediaType", "a media type such as \"image/png\"", text is null ? item.Describe() : $"\"{text}\"");
                continue;
            }

            types.Add(text);
        }

        return types.ToEquatableArray();
    }
}
