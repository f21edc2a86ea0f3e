using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Model;
using WeComGen.Generator.Schema.Json;

namespace WeComGen.Generator.Schema;

/// <summary>Rules across members: <c>anyOf</c> groups with <c>x-wecom-precedence</c>, and <c>oneOf</c> unions with <c>x-wecom-discriminator</c>.</summary>
internal sealed partial class ModelBuilder
{
    private static readonly string[] GroupBranchKeys = ["required", "properties", "description", "$comment"];

    private EquatableArray<AtLeastOneOfModel> BuildGroups(string owner, JsonNode node, List<PropertyModel> properties)
    {
        var groups = new List<AtLeastOneOfModel>();
        var anyOf = node.Get("anyOf");
        if (anyOf is { Kind: JsonKind.Array })
        {
            var members = new List<GroupMemberModel>();
            foreach (var branch in anyOf.Items)
            {
                if (ReadGroupMember(owner, node, branch, properties) is { } member)
                {
                    members.Add(member);
                }
            }

            if (members.Count == anyOf.Items.Count)
            {
                groups.Add(new AtLeastOneOfModel(members.ToEquatableArray(), EquatableArray<string>.Empty));
            }
        }

        if (node.Get("x-wecom-precedence") is { Kind: JsonKind.Array } precedence)
        {
            ApplyPrecedence(owner, node, precedence, properties, groups);
        }

        return groups.ToEquatableArray();
    }

    private GroupMemberModel? ReadGroupMember(string owner, JsonNode node, JsonNode branch, List<PropertyModel> properties)
    {
        var required = branch.Kind == JsonKind.Object ? branch.Get("required") : null;
        if (required is not { Kind: JsonKind.Array } || required.Items.Count != 1 || !OnlyKeys(branch, GroupBranchKeys))
        {
            diagnostics.Report(SchemaDiagnostics.Unsupported, branch, SchemaWords.ThisAnyOfBranch(), SchemaWords.AnyOfBranchShape());
            return null;
        }

        var name = required.Items[0].Text!;
        var property = Find(properties, name);
        if (property is null)
        {
            ReportUndeclared(owner, node, required.Items[0], "anyOf");
            return null;
        }

        int? minItems = null;
        if (branch.Get("properties") is { Kind: JsonKind.Object } branchProperties)
        {
            foreach (var member in branchProperties.Members)
            {
                var minNode = member.Value.Kind == JsonKind.Object ? member.Value.Find("minItems") : null;
                if (member.Name != name || minNode is null || member.Value.Members.Count != 1)
                {
                    diagnostics.Report(SchemaDiagnostics.Unsupported, member, SchemaWords.ThisAnyOfBranchProperties(), SchemaWords.BranchMayOnlySetMinItems(name));
                    return null;
                }

                if (property.Type.Kind != TypeKind.Array)
                {
                    diagnostics.Report(SchemaDiagnostics.Unsupported, minNode, SchemaWords.KeywordOn("minItems", name), SchemaWords.AppliesToArrays(name));
                    return null;
                }

                minItems = Int(member.Value, "minItems");
                if (minItems > property.Constraints.MaxItems)
                {
                    diagnostics.Report(SchemaDiagnostics.ContradictoryLimits, minNode.Value, SchemaWords.BranchNeverHolds(minItems!.Value.ToString(CultureInfo.InvariantCulture), name, property.Constraints.MaxItems!.Value.ToString(CultureInfo.InvariantCulture)));
                    return null;
                }
            }
        }

        return new GroupMemberModel(property.WireName, property.CSharpName, minItems);
    }

    private void ApplyPrecedence(string owner, JsonNode node, JsonNode precedence, List<PropertyModel> properties, List<AtLeastOneOfModel> groups)
    {
        var order = new List<string>();
        foreach (var item in precedence.Items)
        {
            if (Find(properties, item.Text!) is null)
            {
                ReportUndeclared(owner, node, item, "x-wecom-precedence");
                return;
            }

            order.Add(item.Text!);
        }

        for (var i = 0; i < groups.Count; i++)
        {
            if (SameMembers(groups[i].Members, order))
            {
                groups[i] = groups[i] with { PreferredOrder = order.ToEquatableArray() };
                return;
            }
        }

        diagnostics.Report(SchemaDiagnostics.Unsupported, precedence, SchemaWords.ThisPrecedence(), SchemaWords.PrecedenceListsGroup());
    }

    private UnionModel? BuildUnion(string owner, JsonNode node, List<PropertyModel> properties)
    {
        var oneOf = node.Get("oneOf");
        var discriminatorNode = node.Get("x-wecom-discriminator");
        if (discriminatorNode is null)
        {
            if (oneOf is not null)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidUnion, oneOf.Start, 1, owner, SchemaWords.OneOfNeedsDiscriminator());
            }

            return null;
        }

        if (discriminatorNode.Kind != JsonKind.String || oneOf is not { Kind: JsonKind.Array })
        {
            if (discriminatorNode.Kind == JsonKind.String)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidUnion, discriminatorNode, owner, SchemaWords.NoOneOfBranches());
            }

            return null;
        }

        var discriminatorIndex = properties.FindIndex(p => p.WireName == discriminatorNode.Text);
        if (discriminatorIndex < 0 && HasProperty(node, discriminatorNode.Text!))
        {
            // Declared but broken: its own diagnostic says why.
            return null;
        }

        if (discriminatorIndex < 0)
        {
            diagnostics.Report(SchemaDiagnostics.InvalidUnion, discriminatorNode, owner, SchemaWords.DiscriminatorNotProperty(discriminatorNode.Text!));
            return null;
        }

        var discriminator = properties[discriminatorIndex];
        if (discriminator.Type.Kind != TypeKind.Enum || !_enums.TryGetValue(discriminator.Type.Name!, out var discriminatorEnum))
        {
            diagnostics.Report(SchemaDiagnostics.InvalidUnion, discriminatorNode, owner, SchemaWords.DiscriminatorMustBeEnum(discriminator.WireName));
            return null;
        }

        if (!discriminator.Required)
        {
            diagnostics.Report(SchemaDiagnostics.InvalidUnion, discriminatorNode, owner, SchemaWords.DiscriminatorMustBeRequired(discriminator.WireName));
            return null;
        }

        foreach (var property in properties)
        {
            if (property.Required && property != discriminator)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidUnion, discriminatorNode, owner, SchemaWords.OnlyDiscriminatorRequired(property.WireName));
                return null;
            }
        }

        var variants = new List<UnionVariantModel>();
        foreach (var branch in oneOf.Items)
        {
            if (ReadVariant(owner, branch, discriminator, discriminatorEnum, properties, variants) is not { } variant)
            {
                return null;
            }

            variants.Add(variant);
        }

        foreach (var member in discriminatorEnum.Members)
        {
            if (!variants.Exists(v => v.WireValue == member.WireValue))
            {
                diagnostics.Report(SchemaDiagnostics.InvalidUnion, oneOf.Start, 1, owner, SchemaWords.ValueHasNoBranch(member.WireValue, discriminatorEnum.Name));
                return null;
            }
        }

        properties[discriminatorIndex] = discriminator with { IsDiscriminator = true };
        foreach (var variant in variants)
        {
            var index = properties.FindIndex(p => p.WireName == variant.PayloadWireName);
            properties[index] = properties[index] with { VariantWireValue = variant.WireValue };
        }

        return new UnionModel(discriminator.WireName, discriminator.CSharpName, discriminatorEnum.Name, variants.ToEquatableArray());
    }

    private UnionVariantModel? ReadVariant(
        string owner,
        JsonNode branch,
        PropertyModel discriminator,
        EnumTypeModel discriminatorEnum,
        List<PropertyModel> properties,
        List<UnionVariantModel> earlier)
    {
        var constant = branch.Get("properties")?.Get(discriminator.WireName)?.Get("const");
        if (constant is not { Kind: JsonKind.String })
        {
            diagnostics.Report(SchemaDiagnostics.InvalidUnion, branch.Start, 1, owner, SchemaWords.BranchHasNoConst(discriminator.WireName));
            return null;
        }

        var member = discriminatorEnum.Members.FirstOrDefault(m => m.WireValue == constant.Text);
        if (member is null)
        {
            diagnostics.Report(SchemaDiagnostics.InvalidUnion, constant, owner, SchemaWords.NotAValueOf(constant.Text!, discriminatorEnum.Name));
            return null;
        }

        if (earlier.Exists(v => v.WireValue == constant.Text))
        {
            diagnostics.Report(SchemaDiagnostics.InvalidUnion, constant, owner, SchemaWords.TwoBranchesFor(constant.Text!));
            return null;
        }

        var payloads = new List<JsonNode>();
        foreach (var item in RequiredNodes(branch))
        {
            if (item.Text != discriminator.WireName)
            {
                payloads.Add(item);
            }
        }

        if (payloads.Count != 1)
        {
            diagnostics.Report(SchemaDiagnostics.InvalidUnion, branch.Start, 1, owner, SchemaWords.BranchNeedsOnePayload(constant.Text!));
            return null;
        }

        var payload = Find(properties, payloads[0].Text!);
        if (payload is null || payload.Type.Kind != TypeKind.Object)
        {
            diagnostics.Report(SchemaDiagnostics.InvalidUnion, payloads[0], owner, SchemaWords.PayloadMustBeObjectProperty(payloads[0].Text!));
            return null;
        }

        if (earlier.Exists(v => v.PayloadTypeName == payload.Type.Name))
        {
            diagnostics.Report(SchemaDiagnostics.InvalidUnion, payloads[0], owner, SchemaWords.TwoBranchesCarry(payload.Type.Name!));
            return null;
        }

        return new UnionVariantModel(constant.Text!, member.Name, payload.WireName, payload.CSharpName, payload.Type.Name!);
    }

    /// <summary>Reports a name that is not a property; one that is declared but broken already has its own diagnostic.</summary>
    private void ReportUndeclared(string owner, JsonNode node, JsonNode name, string keyword)
    {
        if (!HasProperty(node, name.Text!))
        {
            diagnostics.Report(SchemaDiagnostics.UndeclaredRequired, name, name.Text!, keyword, owner);
        }
    }

    private static PropertyModel? Find(List<PropertyModel> properties, string wireName) =>
        properties.Find(p => p.WireName == wireName);

    private static bool SameMembers(EquatableArray<GroupMemberModel> members, List<string> names)
    {
        if (members.Count != names.Count)
        {
            return false;
        }

        foreach (var member in members)
        {
            if (!names.Contains(member.WireName))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyKeys(JsonNode node, string[] keys)
    {
        foreach (var member in node.Members)
        {
            if (System.Array.IndexOf(keys, member.Name) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
