using System;
using System.Collections.Generic;
using System.Globalization;
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
            diagnostics.Report(SchemaDiagnostics.Unsupported, node, SchemaWords.TheBooleanSchemaOf(member.Name), SchemaWords.GiveTypeOrRef());
            return null;
        }

        var csharpName = String(node, "x-wecom-csharp-name") ?? Names.Pascal(member.Name);
        if (!Names.IsIdentifier(csharpName))
        {
            if (node.Get("x-wecom-csharp-name") is { } explicitName)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, explicitName, SchemaWords.TheMemberName(), csharpName);
            }
            else
            {
                diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, member, SchemaWords.TheMemberName(), csharpName);
            }

            return null;
        }

        if (node.Get("const") is { } constant)
        {
            diagnostics.Report(SchemaDiagnostics.Unsupported, constant, SchemaWords.ConstOutsideOneOf(), SchemaWords.ConstantCarriesNothing());
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
                    diagnostics.Report(SchemaDiagnostics.UnresolvedReference, reference, reference.Text!, SchemaWords.ReferencesLoop());
                    return null;
                default:
                    return null;
            }
        }

        switch (String(node, "type"))
        {
            case "string" when node.Get("enum") is { Kind: JsonKind.Array }:
                var enumName = owner + csharpName;
                if (!Reserve(enumName, SchemaWords.TheEnumOf(owner + "." + csharpName), node))
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
                diagnostics.Report(SchemaDiagnostics.Unsupported, errors, SchemaWords.ErrorsOnProperty(), SchemaWords.DefineErrorsInDefs());
                return null;
            case "integer" when node.Get("enum") is { Kind: JsonKind.Array }:
                var intEnumName = owner + csharpName;
                if (!Reserve(intEnumName, SchemaWords.TheEnumOf(owner + "." + csharpName), node))
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
                if (!Reserve(objectName, SchemaWords.TheInlineObjectOf(owner + "." + csharpName), node))
                {
                    return null;
                }

                BuildObject(objectName, node);
                return new TypeRef(TypeKind.Object, objectName);
            case null when node.Get("type") is null:
                diagnostics.Report(SchemaDiagnostics.Unsupported, node.Start, 1, SchemaWords.SchemaWithoutType(), SchemaWords.SayWhatMemberIs());
                return null;
            default:
                return null;
        }
    }

    private TypeRef? ResolveArray(JsonNode node, string owner, string csharpName, int depth)
    {
        if (node.Get("items") is not { Kind: JsonKind.Object } items)
        {
            diagnostics.Report(SchemaDiagnostics.Unsupported, node.Start, 1, SchemaWords.ArrayWithoutItems(), SchemaWords.SayWhatItemsAre());
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
            diagnostics.Report(SchemaDiagnostics.Unsupported, items, SchemaWords.ArrayOfArrays(), SchemaWords.WrapInnerArray());
            return null;
        }

        foreach (var source in itemSources)
        {
            foreach (var keyword in ConstraintKeywords)
            {
                if (source.Find(keyword) is { } constrained)
                {
                    diagnostics.Report(SchemaDiagnostics.Unsupported, constrained, SchemaWords.KeywordOnItems(keyword), SchemaWords.PutRuleOnProperty());
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
            ReportMisplaced(source, Vocabulary.ArrayKeywords, type.Kind == TypeKind.Array, SchemaWords.AppliesToArrays, wireName);
            ReportMisplaced(source, Vocabulary.StringKeywords, type.Kind == TypeKind.String, SchemaWords.AppliesToStrings, wireName);
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

    private void ReportMisplaced(JsonNode source, IReadOnlyList<string> keywords, bool applies, Func<MessagePart, MessagePart> appliesOnlyTo, string wireName)
    {
        if (applies)
        {
            return;
        }

        foreach (var keyword in keywords)
        {
            if (source.Find(keyword) is { } misplaced)
            {
                diagnostics.Report(SchemaDiagnostics.Unsupported, misplaced, SchemaWords.KeywordOn(keyword, wireName), appliesOnlyTo(wireName));
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
                diagnostics.Report(SchemaDiagnostics.WrongValueType, item, "x-wecom-hint", SchemaWords.AHint(), item.Describe());
                continue;
            }

            if (!VocabularyChecker.IsRegex(pattern))
            {
                diagnostics.Report(SchemaDiagnostics.WrongValueType, item.Get("pattern")!, "pattern", SchemaWords.AValidRegex(), SchemaWords.Quoted(pattern));
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
            diagnostics.Report(SchemaDiagnostics.WrongValueType, credential, "x-wecom-credential", SchemaWords.ACredential(), validity is null ? SchemaWords.WithoutIt() : SchemaWords.Seconds(validity.Value.ToString(CultureInfo.InvariantCulture)));
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
