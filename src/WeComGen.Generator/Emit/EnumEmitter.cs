using WeComGen.Generator.Model;

namespace WeComGen.Generator.Emit;

/// <summary>A string enum with <c>[ContractWireValue]</c> members and its wire-value conversions.</summary>
internal static class EnumEmitter
{
    public static GeneratedFile Emit(ContractModel contract, EnumTypeModel model) =>
        model.IsInteger ? EmitOpen(contract, model) : EmitClosed(contract, model);

    /// <summary>
    /// An integer enum: the members the schema names, with their numbers. It is open: a number the schema does not list
    /// is read and kept as it is (cast to the enum), never rejected.
    /// </summary>
    private static GeneratedFile EmitOpen(ContractModel contract, EnumTypeModel model)
    {
        var w = new CodeWriter().FileHeader(contract.Namespace);
        w.Summary(model.Description, $"The values of {model.Name}.");
        w.Line("/// <remarks>Open: a number the contract does not list is read and kept as that number, never rejected.</remarks>");
        w.Line(TypeNames.GeneratedCode);
        w.Open($"{contract.Accessibility} enum {model.Name}");
        foreach (var member in model.Members)
        {
            w.Line($"/// <summary>On the wire: <c>{member.WireValue}</c>.</summary>");
            w.Line($"{member.Name} = {member.WireValue},");
            w.Line();
        }

        w.Close();
        w.Close();
        return new GeneratedFile(contract.Namespace + "." + model.Name + ".g.cs", w.ToString());
    }

    private static GeneratedFile EmitClosed(ContractModel contract, EnumTypeModel model)
    {
        var self = "global::" + contract.Namespace + "." + model.Name;
        var w = new CodeWriter().FileHeader(contract.Namespace);
        w.Summary(model.Description, $"The values of {model.Name}.");
        w.Line(TypeNames.GeneratedCode);
        w.Open($"{contract.Accessibility} enum {model.Name}");
        foreach (var member in model.Members)
        {
            w.Line($"/// <summary>On the wire: <c>{CodeWriter.Xml(member.WireValue)}</c>.</summary>");
            w.Line($"[{TypeNames.Metadata}ContractWireValue({CodeWriter.Literal(member.WireValue)})]");
            w.Line(member.Name + ",");
            w.Line();
        }

        w.Close();
        w.Line();
        w.Line($"/// <summary>Converts <see cref=\"{self}\"/> values to and from their wire strings.</summary>");
        w.Line(TypeNames.GeneratedCode);
        w.Open($"{contract.Accessibility} static class {model.Name}Extensions");
        w.Line("/// <summary>The value as the wire carries it, or <see langword=\"null\"/> when the contract does not define it.</summary>");
        w.Open($"public static string? ToWireValue(this {self} value) => value switch");
        foreach (var member in model.Members)
        {
            w.Line($"{self}.{member.Name} => {CodeWriter.Literal(member.WireValue)},");
        }

        w.Line("_ => null,");
        w.Close(";");
        w.Line();
        w.Line("/// <summary>Reads a wire string; <see langword=\"false\"/> when the contract does not define it.</summary>");
        w.Open($"public static bool TryParseWireValue(string? wireValue, out {self} value)");
        w.Open("switch (wireValue)");
        foreach (var member in model.Members)
        {
            w.Line($"case {CodeWriter.Literal(member.WireValue)}: value = {self}.{member.Name}; return true;");
        }

        w.Line("default: value = default; return false;");
        w.Close();
        w.Close();
        w.Close();
        w.Close();
        return new GeneratedFile(contract.Namespace + "." + model.Name + ".g.cs", w.ToString());
    }
}
