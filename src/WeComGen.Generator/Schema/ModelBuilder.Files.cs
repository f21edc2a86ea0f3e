using System.Collections.Generic;
using System.Globalization;
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
            diagnostics.Report(SchemaDiagnostics.InvalidPlacement, placement, member.Name, owner, SchemaWords.FileNotInQuery());
            return null;
        }

        // With variants, the outer limits are defaults each variant may override (the size may be left to them).
        var baseRule = file.Get("variants") is null ? ReadFileRule(null, file, null, member.Name) : null;
        var inherited = baseRule is null
            ? new FileRuleModel(null, Int(file, "minBytes") ?? 0, Int(file, "maxBytes") ?? -1, ReadMediaTypes(file.Get("contentMediaType")) ?? EquatableArray<string>.Empty)
            : null;
        var variantBy = String(file, "variantBy");
        var rules = new List<FileRuleModel>();
        if (file.Get("variants") is { Kind: JsonKind.Object } variants)
        {
            if (variantBy is null)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidPlacement, file.Find("variants")!, member.Name, owner, SchemaWords.VariantsNeedVariantBy());
                return null;
            }

            foreach (var variant in variants.Members)
            {
                if (variant.Value.Kind == JsonKind.Object && ReadFileRule(variant.Name, variant.Value, inherited, member.Name) is { } rule)
                {
                    rules.Add(rule);
                }
            }
        }
        else if (variantBy is not null)
        {
            diagnostics.Report(SchemaDiagnostics.InvalidPlacement, file.Find("variantBy")!, member.Name, owner, SchemaWords.VariantByNeedsVariants());
            return null;
        }
        else if (baseRule is { } only)
        {
            rules.Add(only);
        }

        if (rules.Count == 0)
        {
            return null;
        }

        _fileNodes[owner + "." + member.Name] = file;
        var model = new FileModel(String(file, "part") ?? member.Name, variantBy, rules.ToEquatableArray());
        return new PropertyModel(member.Name, csharpName, String(member.Value, "description"), new TypeRef(TypeKind.File), required, ConstraintsModel.None, null, IsDiscriminator: false, VariantWireValue: null, Placement.File, model);
    }

    /// <summary>
    /// A file rule from <paramref name="node"/>, each limit not given there taken from <paramref name="inherited"/> (the
    /// x-wecom-file around a variant; its <c>MaxBytes</c> is -1 when it leaves the size to its variants).
    /// </summary>
    private FileRuleModel? ReadFileRule(string? variant, JsonNode node, FileRuleModel? inherited, string wireName)
    {
        long? min = Int(node, "minBytes") ?? inherited?.MinBytes;
        long? max = Int(node, "maxBytes") ?? (inherited is { MaxBytes: >= 0 } ? inherited.MaxBytes : (long?)null);
        var types = ReadMediaTypes(node.Get("contentMediaType")) ?? inherited?.ContentTypes ?? EquatableArray<string>.Empty;
        if (max is null)
        {
            var needs = variant is null ? SchemaWords.FileNeedsMaxBytes(wireName) : SchemaWords.VariantNeedsMaxBytes(variant, wireName);
            diagnostics.Report(SchemaDiagnostics.MissingKeyword, node.Start, 1, "maxBytes", needs);
            return null;
        }

        if (min > max)
        {
            diagnostics.Report(SchemaDiagnostics.ContradictoryLimits, node, SchemaWords.NoFileFits(min.Value.ToString(CultureInfo.InvariantCulture), max.Value.ToString(CultureInfo.InvariantCulture)));
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
                diagnostics.Report(SchemaDiagnostics.WrongValueType, item, "contentMediaType", SchemaWords.AMediaType(), text is null ? item.Describe() : SchemaWords.Quoted(text));
                continue;
            }

            types.Add(text);
        }

        return types.ToEquatableArray();
    }
}
