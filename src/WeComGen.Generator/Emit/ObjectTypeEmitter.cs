using System.Linq;
using System.Text;
using WeComGen.Generator.Model;

namespace WeComGen.Generator.Emit;

/// <summary>A class with one property per schema property, carrying the constraint metadata the analyzers read.</summary>
internal static class ObjectTypeEmitter
{
    public static GeneratedFile Emit(ContractModel contract, ObjectTypeModel model, bool emitRequired)
    {
        var w = new CodeWriter().FileHeader(contract.Namespace);
        w.Summary(model.Description, $"The {model.Name} object.");
        foreach (var group in model.AtLeastOneOf)
        {
            w.Line(AtLeastOneOfAttribute(group));
        }

        w.Line(TypeNames.GeneratedCode);
        w.Open($"{contract.Accessibility} sealed partial class {model.Name}");
        var first = true;
        foreach (var property in model.Properties)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            EmitProperty(w, contract, property, emitRequired);
        }

        w.Close();
        w.Close();
        return new GeneratedFile(contract.Namespace + "." + model.Name + ".g.cs", w.ToString());
    }

    private static void EmitProperty(CodeWriter w, ContractModel contract, PropertyModel property, bool emitRequired)
    {
        w.Summary(property.Description, $"The {property.WireName} member.");
        w.Line($"[{TypeNames.JsonPropertyName}({CodeWriter.Literal(property.WireName)})]");
        if (!property.InBody)
        {
            // A query member or a file part: the request carries it outside its JSON body.
            w.Line($"[{TypeNames.JsonIgnore}]");
        }

        if (property.Type.NumberAsString)
        {
            w.Line($"[{TypeNames.JsonNumberHandling}({TypeNames.JsonNumberHandlingValue}.AllowReadingFromString | {TypeNames.JsonNumberHandlingValue}.WriteAsString)]");
        }

        var c = property.Constraints;
        if (property.Required)
        {
            w.Line($"[{TypeNames.Metadata}ContractRequired]");
        }

        Limit(w, "ContractMinItems", c.MinItems);
        Limit(w, "ContractMaxItems", c.MaxItems);
        Limit(w, "ContractMinLength", c.MinLength);
        Limit(w, "ContractMaxLength", c.MaxLength);
        Limit(w, "ContractMaxUtf8Bytes", c.MaxUtf8Bytes);
        if (c.Pattern is not null)
        {
            w.Line($"[{TypeNames.Metadata}ContractPattern({CodeWriter.Literal(c.Pattern)})]");
        }

        foreach (var hint in c.Hints)
        {
            w.Line($"[{TypeNames.Metadata}ContractHint({CodeWriter.Literal(hint.Pattern)}, {CodeWriter.Literal(hint.Message)})]");
        }

        if (property.Credential is { } credential)
        {
            var arguments = CodeWriter.Int(credential.ValiditySeconds);
            if (credential.SingleUse)
            {
                arguments += ", SingleUse = true";
            }

            if (credential.IssuedBy is not null)
            {
                arguments += ", IssuedBy = " + CodeWriter.Literal(credential.IssuedBy);
            }

            w.Line($"[{TypeNames.Metadata}ContractCredential({arguments})]");
        }

        if (property.IsDiscriminator)
        {
            w.Line($"[{TypeNames.Metadata}ContractDiscriminator]");
        }

        if (property.VariantWireValue is not null)
        {
            w.Line($"[{TypeNames.Metadata}ContractVariant({CodeWriter.Literal(property.VariantWireValue)})]");
        }

        var type = TypeNames.Of(property, contract.Namespace);
        if (property.Required && emitRequired)
        {
            w.Line($"public required {type} {property.CSharpName} {{ get; set; }}");
        }
        else if (property.Required && !property.Type.IsValueType)
        {
            // Without required members the compiler cannot insist on a value; Validate() reports a missing one.
            w.Line($"public {type} {property.CSharpName} {{ get; set; }} = null!;");
        }
        else
        {
            w.Line($"public {type} {property.CSharpName} {{ get; set; }}");
        }
    }

    private static void Limit(CodeWriter w, string attribute, int? limit)
    {
        if (limit is { } value)
        {
            w.Line($"[{TypeNames.Metadata}{attribute}({CodeWriter.Int(value)})]");
        }
    }

    private static string AtLeastOneOfAttribute(AtLeastOneOfModel group)
    {
        var builder = new StringBuilder("[").Append(TypeNames.Metadata).Append("ContractAtLeastOneOf(");
        for (var i = 0; i < group.Members.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(CodeWriter.Literal(group.Members[i].CSharpName));
        }

        if (group.Members.Any(m => m.MinItems > 0))
        {
            builder.Append(", MinItems = new[] { ");
            for (var i = 0; i < group.Members.Count; i++)
            {
                builder.Append(i == 0 ? string.Empty : ", ").Append(CodeWriter.Int(group.Members[i].MinItems ?? 0));
            }

            builder.Append(" }");
        }

        if (!group.PreferredOrder.IsEmpty)
        {
            var preferred = group.PreferredOrder[0];
            foreach (var member in group.Members)
            {
                if (member.WireName == preferred)
                {
                    builder.Append(", Preferred = ").Append(CodeWriter.Literal(member.CSharpName));
                }
            }
        }

        return builder.Append(")]").ToString();
    }
}
