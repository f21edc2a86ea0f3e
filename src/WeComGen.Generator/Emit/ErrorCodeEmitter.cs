using WeComGen.Generator.Model;

namespace WeComGen.Generator.Emit;

/// <summary>An error-code enum (<c>x-wecom-errors</c>) and its <c>ErrorTable</c>.</summary>
internal static class ErrorCodeEmitter
{
    public static GeneratedFile Emit(ContractModel contract, ErrorCodeTypeModel model)
    {
        var w = new CodeWriter().FileHeader(contract.Namespace);
        w.Summary(model.Description, $"The error codes of {model.Name}.");
        w.Line(TypeNames.GeneratedCode);
        w.Open($"{contract.Accessibility} enum {model.Name}");
        foreach (var code in model.Codes)
        {
            w.Summary(code.Meaning, code.Name);
            w.Line($"{code.Name} = {CodeWriter.Int(code.Code)},");
            w.Line();
        }

        w.Close();
        w.Line();
        w.Line($"/// <summary>What each <see cref=\"global::{contract.Namespace}.{model.Name}\"/> means and what a client must do about it.</summary>");
        w.Line(TypeNames.GeneratedCode);
        w.Open($"{contract.Accessibility} static class {model.TableName}");
        w.Line("/// <summary>The table, one row per documented code.</summary>");
        w.Open("public static global::WeComGen.Endpoints.ErrorTable Instance { get; } = new global::WeComGen.Endpoints.ErrorTable(new[]");
        foreach (var code in model.Codes)
        {
            w.Line("new global::WeComGen.Endpoints.ErrorCodeInfo("
                + CodeWriter.Int(code.Code) + ", "
                + CodeWriter.Literal(code.Name) + ", "
                + CodeWriter.Literal(code.ErrMsg) + ", "
                + CodeWriter.Literal(code.Meaning) + ", "
                + "global::WeComGen.Endpoints.ErrorAction." + code.Action + ", "
                + CodeWriter.Literal(code.Hint) + ", "
                + (code.RetryLimit is { } limit ? CodeWriter.Int(limit) : "null") + "),");
        }

        w.Close(");");
        w.Close();
        w.Close();
        return new GeneratedFile(contract.Namespace + "." + model.Name + ".g.cs", w.ToString());
    }
}
