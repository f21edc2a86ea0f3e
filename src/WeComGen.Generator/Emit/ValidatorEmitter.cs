using System.Text;
using WeComGen.Generator.Model;

namespace WeComGen.Generator.Emit;

/// <summary><c>Validate()</c>: one <c>ViolationCollector</c> call per schema rule, in member order.</summary>
internal static class ValidatorEmitter
{
    public static GeneratedFile Emit(ContractModel contract, ObjectTypeModel model)
    {
        var w = new CodeWriter().FileHeader(contract.Namespace);
        w.Open($"{contract.Accessibility} sealed partial class {model.Name}");
        w.Line("/// <summary>Checks this value against its contract and returns every violation at least as serious as <paramref name=\"mildest\"/>, each with its JSON path.</summary>");
        w.Line("/// <param name=\"mildest\">The mildest severity to report, <c>Info</c> (all) by default: <c>Error</c> asks only whether the server would accept the value, and skips the milder checks.</param>");
        w.Open($"public {TypeNames.ValidationResult} Validate({TypeNames.Severity} mildest = {TypeNames.Severity}.Info)");
        w.Line($"var collector = new {TypeNames.Collector}(mildest);");
        w.Line("ValidateInto(collector);");
        w.Line("return collector.ToResult();");
        w.Close();
        w.Line();
        w.Line("/// <summary>Adds this value's violations to <paramref name=\"collector\"/>, at the collector's current path.</summary>");
        w.Line(TypeNames.EditorBrowsableNever);
        w.Open($"internal void ValidateInto({TypeNames.Collector} collector)");
        foreach (var property in model.Properties)
        {
            EmitProperty(w, property);
        }

        foreach (var property in model.Properties)
        {
            if (property.File is { VariantBy: not null } file)
            {
                EmitVariantChoice(w, contract, model, property, file);
            }
        }

        foreach (var group in model.AtLeastOneOf)
        {
            EmitGroup(w, group);
        }

        if (model.Union is { } union)
        {
            EmitUnion(w, contract, union);
        }

        w.Close();
        w.Close();
        w.Close();
        return new GeneratedFile(contract.Namespace + "." + model.Name + ".Validation.g.cs", w.ToString());
    }

    private static void EmitProperty(CodeWriter w, PropertyModel property)
    {
        var name = property.CSharpName;
        var wire = CodeWriter.Literal(property.WireName);
        var type = property.Type;
        if (type.IsValueType)
        {
            return;
        }

        if (property.Required)
        {
            w.Line($"collector.Required({wire}, {name} is not null);");
        }

        var c = property.Constraints;
        if (type.IsStringLike && ((c.MinLength ?? c.MaxLength ?? c.MaxUtf8Bytes) is not null || c.Pattern is not null || !c.Hints.IsEmpty))
        {
            var value = type.Kind == TypeKind.EventCode ? name + ".Value" : name;
            w.Open($"if ({name} is not null)");
            Check(w, "MinLength", wire, value, c.MinLength);
            Check(w, "MaxLength", wire, value, c.MaxLength);
            Check(w, "MaxUtf8Bytes", wire, value, c.MaxUtf8Bytes);
            if (c.Pattern is not null)
            {
                w.Line($"collector.Pattern({wire}, {value}, {CodeWriter.Literal(c.Pattern)});");
            }

            foreach (var hint in c.Hints)
            {
                w.Line($"collector.Hint({wire}, {value}, {CodeWriter.Literal(hint.Pattern)}, {CodeWriter.Literal(hint.Message)});");
            }

            w.Close();
        }
        else if (type.Kind == TypeKind.Object)
        {
            w.Open($"if ({name} is not null)");
            w.Line($"collector.Enter({wire});");
            w.Line($"{name}.ValidateInto(collector);");
            w.Line("collector.Leave();");
            w.Close();
        }
        else if (type.Kind == TypeKind.Array)
        {
            w.Open($"if ({name} is not null)");
            Check(w, "MinItems", wire, name + ".Count", c.MinItems);
            Check(w, "MaxItems", wire, name + ".Count", c.MaxItems);
            if (!type.Item!.IsValueType)
            {
                w.Open($"for (var i = 0; i < {name}.Count; i++)");
                w.Line($"var item = {name}[i];");
                w.Line($"collector.EnterItem({wire}, i);");
                w.Line("collector.Required(null, item is not null);");
                if (type.Item.Kind == TypeKind.Object)
                {
                    w.Line("item?.ValidateInto(collector);");
                }

                w.Line("collector.Leave();");
                w.Close();
            }

            w.Close();
        }
    }

    /// <summary>
    /// A file whose rule an enum member chooses: a value with no rule (one the contract does not define, or one it
    /// gives no variant) is reported, since the runtime would have nothing to check the file against.
    /// </summary>
    private static void EmitVariantChoice(CodeWriter w, ContractModel contract, ObjectTypeModel model, PropertyModel file, FileModel rules)
    {
        PropertyModel? chooser = null;
        foreach (var property in model.Properties)
        {
            if (property.WireName == rules.VariantBy && property.Type.Kind == TypeKind.Enum)
            {
                chooser = property;
            }
        }

        if (chooser is null)
        {
            return;
        }

        var variants = new StringBuilder();
        foreach (var rule in rules.Rules)
        {
            variants.Append(variants.Length == 0 ? string.Empty : " or ").Append(CodeWriter.Literal(rule.Variant));
        }

        var value = chooser.Required ? chooser.CSharpName : chooser.CSharpName + ".Value";
        var isSet = chooser.Required ? string.Empty : $"{chooser.CSharpName}.HasValue && ";
        w.Open($"if ({file.CSharpName} is not null && {isSet}global::{contract.Namespace}.{chooser.Type.Name}Extensions.ToWireValue({value}) is not ({variants}))");
        w.Line($"collector.Union({CodeWriter.Literal(chooser.WireName)}, null, (int){value});");
        w.Close();
    }

    private static void Check(CodeWriter w, string rule, string wire, string value, int? limit)
    {
        if (limit is { } l)
        {
            w.Line($"collector.{rule}({wire}, {value}, {CodeWriter.Int(l)});");
        }
    }

    private static void EmitGroup(CodeWriter w, AtLeastOneOfModel group)
    {
        var names = new StringBuilder();
        var anySet = new StringBuilder();
        foreach (var member in group.Members)
        {
            names.Append(names.Length == 0 ? string.Empty : ", ").Append(member.WireName);
            anySet.Append(anySet.Length == 0 ? string.Empty : " || ").Append(IsSet(member));
        }

        w.Line($"collector.AtLeastOneOf({CodeWriter.Literal(names.ToString())}, {anySet});");
        if (group.PreferredOrder.IsEmpty)
        {
            return;
        }

        var arguments = new StringBuilder();
        foreach (var wireName in group.PreferredOrder)
        {
            foreach (var member in group.Members)
            {
                if (member.WireName == wireName)
                {
                    arguments.Append(", ").Append(IsSet(member)).Append(" ? ").Append(CodeWriter.Literal(wireName)).Append(" : null");
                }
            }
        }

        w.Line($"collector.Precedence({arguments.Remove(0, 2)});");
    }

    private static string IsSet(GroupMemberModel member) =>
        member.MinItems is > 0 ? $"{member.CSharpName} is {{ Count: >= {CodeWriter.Int(member.MinItems.Value)} }}" : $"{member.CSharpName} is not null";

    private static void EmitUnion(CodeWriter w, ContractModel contract, UnionModel union)
    {
        var arguments = new StringBuilder();
        foreach (var variant in union.Variants)
        {
            arguments.Append(", ").Append(variant.PayloadCSharpName).Append(" is not null ? ").Append(CodeWriter.Literal(variant.WireValue)).Append(" : null");
        }

        var discriminator = union.DiscriminatorCSharpName;
        w.Line($"collector.Union({CodeWriter.Literal(union.DiscriminatorWireName)}, global::{contract.Namespace}.{union.EnumName}Extensions.ToWireValue({discriminator}), (int){discriminator}{arguments});");
    }
}
