using System.Collections.Generic;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Model;
using WeComGen.Generator.Schema.Json;

namespace WeComGen.Generator.Schema;

/// <summary>Properties: their C# names, types (following <c>$ref</c>s), constraints, hints and credentials.</summary>
internal sealed partial class ModelBuilder
{
    // $ref chains through plain (non-object) definitions are followed this far before they count as a loop.
    private const int MaxAliasDepth = 16;

    private PropertyModel? BuildProperty(string owner, JsonMember member, bool required)
    {
        var node = member.Value;
        if (node.Kind != JsonKind.Object)
        {
            diagnostics.Report(SchemaDiagnostics.Unsupported, node, $"The boolean schema of '{member.Name}'", "give the property a 'type' or a '$ref'");
            return null;
        }

        var csharpName = String(node, "x-wecom-csharp-name") ?? Names.Pascal(member.Name);
        if (!Names.IsIdentifier(csharpName))
        {
            if (node.Get("x-wecom-csharp-name") is { } explicitName)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, explicitName, "The member name", csharpName);
            }
            else
            {
                diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, member, "The member name", csharpName);
            }

            return null;
        }

        if (node.Get("const") is { } constant)
        {
            diagnostics.Report(SchemaDiagnostics.Unsupported, constant, "'const' outside a oneOf branch", "a constant member carries nothing; use it in the branches of an x-wecom-discriminator union");
            return null;
        }

        var placement = ReadPlacement(node);
        if (node.Get("x-wecom-file") is { Kind: JsonKind.Object } fileNode)
        {
            return BuildFileProperty(owner, member, csharpName, required, fileNode);
        }

        var sources = new List<JsonNode>();
        var type = ResolveType(node, owner, csharpName, sources, 0);
        if (type is null)
        {
            return null;
        }

        var constraints = ReadConstraints(sources, type, member.Name);
        var credential = ReadCredential(node);
        if (credential is not null)
        {
            type = new TypeRef(TypeKind.EventCode);
        }

        var description = String(node, "description");
        for (var i = 1; description is null && i < sources.Count; i++)
        {
            description = String(sources[i], "description");
        }

        if (description is null && type.Name is not null && _definitions.TryGetValue(type.Name, out var named))
        {
            description = String(named.Node, "description");
        }

        return new PropertyModel(member.Name, csharpName, description, type, required, constraints, credential, IsDiscriminator: false, VariantWireValue: null, placement, ValidFor: ReadValidity(node));
    }

    /// <summary>
    /// The member's <c>x-wecom-in</c>. A value that is neither was reported with its did-you-mean (WCG004); the member
    /// is read as that suggestion, so one mistake is one diagnostic, not one more per member that depends on it.
    /// </summary>
    private static Placement ReadPlacement(JsonNode node) => String(node, "x-wecom-in") switch
    {
        null => Placement.Default,
        { } value => (System.Array.IndexOf(Vocabulary.Placements, value) >= 0 ? value : Suggestions.Closest(value, Vocabulary.Placements)) == "query" ? Placement.Query : Placement.Body,
    };

    /// <summary>The type of a property or item schema. <paramref name="sources"/> collects the schemas whose constraints apply, nearest first.</summary>
    private TypeRef? ResolveType(JsonNode node, string owner, string csharpName, List<JsonNode> sources, int depth)
    {
        sources.Add(node);
        if (node.Get("$ref") is { Kind: JsonKind.String } reference)
        {
            var definition = Resolve(reference);
            switch (definition?.Kind)
            {
                case DefinitionKind.Object:
                    return new TypeRef(TypeKind.Object, definition.Name);
                case DefinitionKind.Enum:
                    return new TypeRef(_enums[definition.Name].IsInteger ? TypeKind.IntEnum : TypeKind.Enum, definition.Name);
                case DefinitionKind.ErrorCode:
                    return new TypeRef(TypeKind.ErrorCode, definition.Name);
                case DefinitionKind.Alias when depth < MaxAliasDepth:
                    return ResolveType(definition.Node, owner, csharpName, sources, depth + 1);
                case DefinitionKind.Alias:
                    diagnostics.Report(SchemaDiagnostics.UnresolvedReference, reference, reference.Text!, "the references loop");
                    return null;
                default:
                    return null;
            }
        }

        switch (String(node, "type"))
        {
            case "string" when node.Get("enum") is { Kind: JsonKind.Array }:
                var enumName = owner + csharpName;
                if (!Reserve(enumName, $"the enum of {owner}.{csharpName}", node))
                {
                    return null;
                }

                BuildEnum(enumName, node);
                return new TypeRef(TypeKind.Enum, enumName);
            case "string" when String(node, "x-wecom-number") is { } format:
                return new TypeRef(format == "int32" ? TypeKind.Integer : TypeKind.Long, NumberAsString: true);
            case "string":
                return TypeRef.String;
            case "integer" when node.Get("x-wecom-errors") is { } errors:
                diagnostics.Report(SchemaDiagnostics.Unsupported, errors, "'x-wecom-errors' on a property", "define the error codes in $defs and refer to them with $ref");
                return null;
            case "integer" when node.Get("enum") is { Kind: JsonKind.Array }:
                var intEnumName = owner + csharpName;
                if (!Reserve(intEnumName, $"the enum of {owner}.{csharpName}", node))
                {
                    return null;
                }

                BuildEnum(intEnumName, node);
                return new TypeRef(TypeKind.IntEnum, intEnumName);
            case "integer":
                return new TypeRef(String(node, "format") == "int64" ? TypeKind.Long : TypeKind.Integer);
            case "number":
                return new TypeRef(TypeKind.Number);
            case "boolean":
                return new TypeRef(TypeKind.Boolean);
            case "array":
                return ResolveArray(node, owner, csharpName, depth);
            case "object":
                var objectName = owner + csharpName;
                if (!Reserve(objectName, $"the inline object of {owner}.{csharpName}", node))
                {
                    return null;
                }

                BuildObject(objectName, node);
                return new TypeRef(TypeKind.Object, objectName);
            case null when node.Get("type") is null:
                diagnostics.Report(SchemaDiagnostics.Unsupported, node.Start, 1, "A schema without 'type' or '$ref'", "say what the member is");
                return null;
            default:
                return null;
        }
    }

    private TypeRef? ResolveArray(JsonNode node, string owner, string csharpName, int depth)
    {
        if (node.Get("items") is not { Kind: JsonKind.Object } items)
        {
            diagnostics.Report(SchemaDiagnostics.Unsupported, node.Start, 1, "An array without 'items'", "say what the items are");
            return null;
        }

        var itemSources = new List<JsonNode>();
        var item = ResolveType(items, owner, csharpName + "Item", itemSources, depth);
        if (item is null)
        {
            return null;
        }

        if (item.Kind == TypeKind.Array)
        {
            diagnostics.Report(SchemaDiagnostics.Unsupported, items, "An array of arrays", "wrap the inner array in an object type");
            return null;
        }

        foreach (var source in itemSources)
        {
            foreach (var keyword in ConstraintKeywords)
            {
                if (source.Find(keyword) is { } constrained)
                {
                    diagnostics.Report(SchemaDiagnostics.Unsupported, constrained, $"'{keyword}' on array items", "put the rule on a property of an object type the items refer to");
                    return null;
                }
            }
        }

        return new TypeRef(TypeKind.Array, Item: item);
    }

    private static IEnumerable<string> ConstraintKeywords
    {
        get
        {
            foreach (var keyword in Vocabulary.ArrayKeywords)
            {
                yield return keyword;
            }

            foreach (var keyword in Vocabulary.StringKeywords)
            {
                yield return keyword;
            }
        }
    }

    private ConstraintsModel ReadConstraints(List<JsonNode> sources, TypeRef type, string wireName)
    {
        foreach (var source in sources)
        {
            ReportMisplaced(source, Vocabulary.ArrayKeywords, type.Kind == TypeKind.Array, "arrays", wireName);
            ReportMisplaced(source, Vocabulary.StringKeywords, type.Kind == TypeKind.String, "strings", wireName);
        }

        var hints = new List<HintModel>();
        foreach (var source in sources)
        {
            if (source.Get("x-wecom-hint") is { } hint)
            {
                ReadHints(hint, hints);
                break;
            }
        }

        return new ConstraintsModel(
            First(sources, "minItems"),
            First(sources, "maxItems"),
            First(sources, "minLength"),
            First(sources, "maxLength"),
            First(sources, "x-wecom-max-utf8-bytes"),
            FirstString(sources, "pattern"),
            hints.ToEquatableArray());
    }

    private void ReportMisplaced(JsonNode source, IReadOnlyList<string> keywords, bool applies, string appliesTo, string wireName)
    {
        if (applies)
        {
            return;
        }

        foreach (var keyword in keywords)
        {
            if (source.Find(keyword) is { } misplaced)
            {
                diagnostics.Report(SchemaDiagnostics.Unsupported, misplaced, $"'{keyword}' on '{wireName}'", $"it applies to {appliesTo}, and '{wireName}' is not one");
            }
        }
    }

    private void ReadHints(JsonNode hint, List<HintModel> hints)
    {
        var items = hint.Kind == JsonKind.Array ? hint.Items : [hint];
        foreach (var item in items)
        {
            var pattern = item.Kind == JsonKind.Object ? String(item, "pattern") : null;
            var message = item.Kind == JsonKind.Object ? String(item, "message") : null;
            if (pattern is null || message is null)
            {
                diagnostics.Report(SchemaDiagnostics.WrongValueType, item, "x-wecom-hint", "an object with the strings 'pattern' and 'message'", item.Describe());
                continue;
            }

            if (!VocabularyChecker.IsRegex(pattern))
            {
                diagnostics.Report(SchemaDiagnostics.WrongValueType, item.Get("pattern")!, "pattern", "a valid regular expression", $"\"{pattern}\"");
                continue;
            }

            hints.Add(new HintModel(pattern, message));
        }
    }

    private CredentialModel? ReadCredential(JsonNode node)
    {
        if (node.Get("x-wecom-credential") is not { Kind: JsonKind.Object } credential)
        {
            return null;
        }

        var validity = Int(credential, "validitySeconds");
        if (validity is not > 0)
        {
            diagnostics.Report(SchemaDiagnostics.WrongValueType, credential, "x-wecom-credential", "an object with 'validitySeconds', a positive number of seconds", validity is null ? "without it" : $"{validity} seconds");
            return null;
        }

        return new CredentialModel(String(credential, "issuedBy"), validity.Value, credential.Get("singleUse")?.Kind == JsonKind.True);
    }

    private static int? First(List<JsonNode> sources, string keyword)
    {
        foreach (var source in sources)
        {
            if (Int(source, keyword) is { } value && value >= 0)
            {
                return value;
            }
        }

        return null;
    }

    private static string? FirstString(List<JsonNode> sources, string keyword)
    {
        foreach (var source in sources)
        {
            if (String(source, keyword) is { } value)
            {
                return value;
            }
        }

        return null;
    }
}
