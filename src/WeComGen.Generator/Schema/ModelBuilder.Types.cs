using System;
using System.Collections.Generic;
using System.Globalization;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Model;
using WeComGen.Generator.Schema.Json;

namespace WeComGen.Generator.Schema;

/// <summary>Types: enums and objects, and the member names an object may not use (see <c>ModelBuilder.Properties</c> for its members).</summary>
internal sealed partial class ModelBuilder
{
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
        var isInteger = String(node, "type") == "integer";
        var names = node.Get("x-wecom-enum-names");
        if (names is { Kind: JsonKind.Array } && names.Items.Count != values.Items.Count)
        {
            diagnostics.Report(SchemaDiagnostics.WrongValueType, names, "x-wecom-enum-names", SchemaWords.OneNamePerValue(values.Items.Count.ToString(CultureInfo.InvariantCulture)), SchemaWords.Names(names.Items.Count.ToString(CultureInfo.InvariantCulture)));
            names = null;
        }

        if (isInteger && names is not { Kind: JsonKind.Array })
        {
            // A number says nothing as a C# name: the schema names what each value means.
            diagnostics.Report(SchemaDiagnostics.Unsupported, values, SchemaWords.IntegerEnumWithoutNames(name), SchemaWords.NameEachValue());
        }
        else if (!isInteger)
        {
            Reserve(name + "Extensions", SchemaWords.TheWireValueExtensionsOf(name), node);
        }

        var members = new List<EnumMemberModel>();
        var memberNames = new HashSet<string>();
        var wireValues = new HashSet<string>();
        for (var i = 0; i < values.Items.Count; i++)
        {
            var value = values.Items[i];
            if (isInteger ? !value.TryGetInt32(out _) : value.Kind != JsonKind.String)
            {
                var expected = isInteger ? SchemaWords.IntegerWireValues() : SchemaWords.StringWireValues();
                diagnostics.Report(SchemaDiagnostics.WrongValueType, value, "enum", expected, value.Describe());
                continue;
            }

            if (isInteger && names is not { Kind: JsonKind.Array })
            {
                continue;
            }

            var nameNode = names is { Kind: JsonKind.Array } ? names.Items[i] : value;
            var memberName = names is { Kind: JsonKind.Array } ? nameNode.Text! : Names.Pascal(value.Text!);
            if (!Names.IsIdentifier(memberName))
            {
                diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, nameNode, SchemaWords.TheEnumMemberName(), memberName);
                continue;
            }

            if (!memberNames.Add(memberName))
            {
                diagnostics.Report(SchemaDiagnostics.DuplicateName, nameNode, SchemaWords.TheEnumMember(), memberName, SchemaWords.InType(name));
                continue;
            }

            var wireValue = isInteger && value.TryGetInt32(out var number) ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : value.Text!;
            if (!wireValues.Add(wireValue))
            {
                diagnostics.Report(SchemaDiagnostics.DuplicateName, value, SchemaWords.TheWireValue(), wireValue, SchemaWords.InType(name));
                continue;
            }

            members.Add(new EnumMemberModel(memberName, wireValue));
        }

        _enums[name] = new EnumTypeModel(name, String(node, "description"), members.ToEquatableArray(), isInteger);
    }

    private void BuildObject(string name, JsonNode node)
    {
        if (name is "Validate" or "ValidateInto")
        {
            diagnostics.Report(SchemaDiagnostics.DuplicateName, node.Start, 1, SchemaWords.TheTypeName(), name, SchemaWords.ClashesWithValidate());
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
                    diagnostics.Report(SchemaDiagnostics.DuplicateName, member, SchemaWords.TheMemberName(), property.CSharpName, SchemaWords.ClashesWithType(name));
                    continue;
                }

                if (!csharpNames.Add(property.CSharpName))
                {
                    diagnostics.Report(SchemaDiagnostics.DuplicateName, member, SchemaWords.TheMember(), property.CSharpName, SchemaWords.ByTwoProperties(name));
                    continue;
                }

                properties.Add(property);
                nodes.Add(member.Name, member);
            }
        }

        ResolveValidityAnchors(name, properties, nodes);
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
                diagnostics.Report(SchemaDiagnostics.DuplicateName, nodes[property.WireName], SchemaWords.TheMemberName(), property.CSharpName, SchemaWords.ClashesWithFactory(name));
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
}
