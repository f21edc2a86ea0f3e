using System.Collections.Generic;
using System.Text;
using WeComGen.Generator.Model;
using WeComGen.Generator.Schema;

namespace WeComGen.Generator.Emit;

/// <summary>
/// Factories of a union, which set the discriminator and its payload together: <c>Create(ImageAttachment)</c>
/// overloads and <c>CreateImage(...)</c> methods whose parameters are the payload's members, required first.
/// </summary>
internal static class UnionFactoryEmitter
{
    public static GeneratedFile Emit(ContractModel contract, ObjectTypeModel model, UnionModel union, IReadOnlyDictionary<string, ObjectTypeModel> objects)
    {
        var ns = "global::" + contract.Namespace + ".";
        var self = ns + model.Name;
        var w = new CodeWriter().FileHeader(contract.Namespace);
        w.Open($"{contract.Accessibility} sealed partial class {model.Name}");
        var first = true;
        foreach (var variant in union.Variants)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            var parameter = Names.Camel(variant.PayloadCSharpName);
            w.Line($"/// <summary>{model.Name} of kind <c>{CodeWriter.Xml(variant.WireValue)}</c>: sets {union.DiscriminatorCSharpName} and {variant.PayloadCSharpName} together.</summary>");
            w.Line($"/// <param name=\"{parameter.TrimStart('@')}\">The payload.</param>");
            w.Open($"public static {self} Create({ns}{variant.PayloadTypeName} {parameter}) => new {self}");
            w.Line($"{union.DiscriminatorCSharpName} = {ns}{union.EnumName}.{variant.EnumMember},");
            w.Line($"{variant.PayloadCSharpName} = {parameter} ?? throw new global::System.ArgumentNullException(nameof({parameter})),");
            w.Close(";");
            w.Line();
            EmitMemberFactory(w, contract, model, variant, objects[variant.PayloadTypeName]);
        }

        w.Close();
        w.Close();
        return new GeneratedFile(contract.Namespace + "." + model.Name + ".Factories.g.cs", w.ToString());
    }

    private static void EmitMemberFactory(CodeWriter w, ContractModel contract, ObjectTypeModel model, UnionVariantModel variant, ObjectTypeModel payload)
    {
        var ns = "global::" + contract.Namespace + ".";
        var ordered = new List<PropertyModel>();
        foreach (var property in payload.Properties)
        {
            if (property.Required)
            {
                ordered.Add(property);
            }
        }

        foreach (var property in payload.Properties)
        {
            if (!property.Required)
            {
                ordered.Add(property);
            }
        }

        w.Line($"/// <summary>{model.Name} of kind <c>{CodeWriter.Xml(variant.WireValue)}</c>, built from the members of its {variant.PayloadTypeName}.</summary>");
        var parameters = new StringBuilder();
        var initializers = new StringBuilder();
        foreach (var property in ordered)
        {
            var parameter = Names.Camel(property.CSharpName);
            w.Line($"/// <param name=\"{parameter.TrimStart('@')}\">{CodeWriter.Xml(CodeWriter.FirstLine(property.Description) ?? property.WireName)}</param>");
            parameters.Append(parameters.Length == 0 ? string.Empty : ", ")
                .Append(TypeNames.Of(property, contract.Namespace)).Append(' ').Append(parameter)
                .Append(property.Required ? string.Empty : " = null");
            initializers.Append(initializers.Length == 0 ? string.Empty : ", ").Append(property.CSharpName).Append(" = ").Append(parameter);
        }

        w.Line($"public static {ns}{model.Name} Create{variant.EnumMember}({parameters}) =>");
        w.Line($"    Create(new {ns}{variant.PayloadTypeName} {{ {initializers} }});");
    }
}
