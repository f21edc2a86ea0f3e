using System;
using System.Collections.Generic;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Model;
using WeComGen.Generator.Schema.Json;

namespace WeComGen.Generator.Schema;

/// <summary>Types: enums, objects, their properties, property types and constraints.</summary>
internal sealed partial class ModelBuilder
{
    // $ref chains through plain (non-object) definitions are followed this far before they count as a loop.
    private const int MaxAliasDepth = 16;

    // What every generated class has besides its properties: Validate, and what it inherits from object. A property
    // of the same name would hide it (a warning) or clash with it (an error), so it is reported, not renamed: the
    // name a user reads in the schema stays the name in C#, and x-wecom-csharp-name says which one to use instead.
    private static readonly string[] ClassMembers = ["Validate", "ValidateInto", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals"];

    private void BuildEnums()
    {
        foreach (var definition in _definitions.Values)
        {
            if (definition.Kind == DefinitionKind.Enum)
            {
                BuildEnum(definition.Name, definition.Node);
            }
        }
    }

    private void BuildObjects()
    {
        foreach (var definition in _definitions.Values)
        {
            if (definition.Kind == DefinitionKind.Object)
            {
                BuildObject(definition.Name, definition.Node);
            }
        }
    }

    private void BuildEnum(string name, JsonNode node)
    {
        var values = node.Get("enum")!;
        var names = node.Get("x-wecom-enum-names");
        if (names is { Kind: JsonKind.Array } && names.Items.Count != values.Items.Count)
        {
            diagnostics.Report(SchemaDiagnostics.WrongValueType, names, "x-wecom-enum-names", $"one name per value of 'enum' ({values.Items.Count})", $"{names.Items.Count} names");
            names = null;
        }

        Reserve(name + "Extensions", $"the wire-value extensions of {name}", node);
        var members = new List<EnumMemberModel>();
        var memberNames = new HashSet<string>();
        var wireValues = new HashSet<string>();
        for (var i = 0; i < values.Items.Count; i++)
        {
            var value = values.Items[i];
            if (value.Kind != JsonKind.String)
            {
                diagnostics.Report(SchemaDiagnostics.WrongValueType, value, "enum", "an array of strings (the wire values)", value.Describe());
                continue;
            }

            var nameNode = names is { Kind: JsonKind.Array } ? names.Items[i] : value;
            var memberName = names is { Kind: JsonKind.Array } ? nameNode.Text! : Names.Pascal(value.Text!);
            if (!Names.IsIdentifier(memberName))
            {
                diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, nameNode, "The enum member name", memberName);
                continue;
            }

            if (!memberNames.Add(memberName))
            {
                diagnostics.Report(SchemaDiagnostics.DuplicateName, nameNode, "The enum member", memberName, $"in {name}");
                continue;
            }

            if (!wireValues.Add(value.Text!))
            {
                diagnostics.Report(SchemaDiagnostics.DuplicateName, value, "The wire value", value.Text!, $"in {name}");
                continue;
            }

            members.Add(new EnumMemberModel(memberName, value.Text!));
        }

        _enums[name] = new EnumTypeModel(name, String(node, "description"), members.ToEquatableArray());
    }

    private void BuildObject(string name, JsonNode node)
    {
        if (name is "Validate" or "ValidateInto")
        {
            diagnostics.Report(SchemaDiagnostics.DuplicateName, node.Start, 1, "The type name", name, "it clashes with the Validate method every generated class has; rename the type");
        }

        var properties = new List<PropertyModel>();
        var nodes = new Dictionary<string, JsonMember>();
        var csharpNames = new HashSet<string>();
        var required = ReadRequired(node);
        if (node.Get("properties") is { Kind: JsonKind.Object } declared)
        {
            foreach (var member in declared.Members)
            {
                var property = BuildProperty(name, member, required.Contains(member.Name));
                if (property is null)
                {
                    continue;
                }

                if (property.CSharpName == name || Array.IndexOf(ClassMembers, property.CSharpName) >= 0)
                {
                    diagnostics.Report(SchemaDiagnostics.DuplicateName, member, "The member name", property.CSharpName, $"it clashes with {name} itself, its Validate method or a member of object; set x-wecom-csharp-name");
                    continue;
                }

                if (!csharpNames.Add(property.CSharpName))
                {
                    diagnostics.Report(SchemaDiagnostics.DuplicateName, member, "The member", property.CSharpName, $"by two properties of {name}; set x-wecom-csharp-name on one");
                    continue;
                }

                properties.Add(property);
                nodes.Add(member.Name, member);
            }
        }

        foreach (var item in RequiredNodes(node))
        {
            if (!nodes.ContainsKey(item.Text!) && !HasProperty(node, item.Text!))
            {
                diagnostics.Report(SchemaDiagnostics.UndeclaredRequired, item, item.Text!, "required", name);
            }
        }

        var groups = BuildGroups(name, node, properties);
        var union = BuildUnion(name, node, properties);
        if (union is not null)
        {
            ReportFactoryClashes(name, union, properties, nodes);
        }
        var model = new ObjectTypeModel(name, String(node, "description"), properties.ToEquatableArray(), groups, union);
        _objects.Add(model);
        _objectsByName[name] = model;
    }

    /// <summary>A union's factories are <c>Create</c> and <c>Create{Kind}</c>; a property of either name would clash with them.</summary>
    private void ReportFactoryClashes(string name, UnionModel union, List<PropertyModel> properties, Dictionary<string, JsonMember> nodes)
    {
        foreach (var property in properties)
        {
            var clashes = property.CSharpName == "Create";
            foreach (var variant in union.Variants)
            {
                clashes |= property.CSharpName == "Create" + variant.EnumMember;
            }

            if (clashes)
            {
                diagnostics.Report(SchemaDiagnostics.DuplicateName, nodes[property.WireName], "The member name", property.CSharpName, $"it clashes with a factory method of the union {name}; set x-wecom-csharp-name");
            }
        }
    }

    private static bool HasProperty(JsonNode node, string wireName) =>
        node.Get("properties") is { Kind: JsonKind.Object } properties && properties.Find(wireName) is not null;

    private static HashSet<string> ReadRequired(JsonNode node)
    {
        var required = new HashSet<string>();
        foreach (var item in RequiredNodes(node))
        {
            required.Add(item.Text!);
        }

        return required;
    }

    private static IReadOnlyList<JsonNode> RequiredNodes(JsonNode node) =>
        node.Get("required") is { Kind: JsonKind.Array } required ? required.Items : [];

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

        return new PropertyModel(member.Name, csharpName, description, type, required, constraints, credential, IsDiscriminator: false, VariantWireValue: null);
    }

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
                    return new TypeRef(TypeKind.Enum, definition.Name);
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
            case "string":
                return TypeRef.String;
            case "integer" when node.Get("x-wecom-errors") is { } errors:
                diagnostics.Report(SchemaDiagnostics.Unsupported, errors, "'x-wecom-errors' on a property", "define the error codes in $defs and refer to them with $ref");
                return null;
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
