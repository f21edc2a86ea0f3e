using System.Collections.Generic;
using System.Globalization;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Model;
using WeComGen.Generator.Schema.Json;

namespace WeComGen.Generator.Schema;

/// <summary>Error tables: <c>x-wecom-errors</c> on an integer definition.</summary>
internal sealed partial class ModelBuilder
{
    private void BuildErrorCodes()
    {
        foreach (var definition in _definitions.Values)
        {
            if (definition.Kind == DefinitionKind.ErrorCode)
            {
                BuildErrorCode(definition.Name, definition.Node);
            }
        }
    }

    private void BuildErrorCode(string name, JsonNode node)
    {
        Reserve(name + "Table", SchemaWords.TheErrorTableOf(name), node);
        var codes = new List<ErrorCodeModel>();
        var seenCodes = new HashSet<int>();
        var seenNames = new HashSet<string>();
        var checker = new VocabularyChecker(diagnostics);
        foreach (var row in node.Get("x-wecom-errors")!.Items)
        {
            if (row.Kind != JsonKind.Object)
            {
                diagnostics.Report(SchemaDiagnostics.WrongValueType, row, "x-wecom-errors", SchemaWords.AnArrayOfObjects(), SchemaWords.AnArrayHolding(row.Describe()));
                continue;
            }

            checker.CheckKeys(row, Vocabulary.ErrorKeys, SchemaWords.AnErrorsRowOf(name));
            if (ReadErrorCode(row) is not { } code)
            {
                continue;
            }

            if (!seenCodes.Add(code.Code))
            {
                diagnostics.Report(SchemaDiagnostics.DuplicateName, row.Get("code")!, SchemaWords.TheErrorCode(), code.Code.ToString(CultureInfo.InvariantCulture), SchemaWords.InType(name));
                continue;
            }

            if (!seenNames.Add(code.Name))
            {
                diagnostics.Report(SchemaDiagnostics.DuplicateName, row.Get("name")!, SchemaWords.TheErrorCodeName(), code.Name, SchemaWords.InType(name));
                continue;
            }

            codes.Add(code);
        }

        _errorCodes.Add(new ErrorCodeTypeModel(name, String(node, "description"), codes.ToEquatableArray()));
    }

    private ErrorCodeModel? ReadErrorCode(JsonNode row)
    {
        var codeNode = row.Get("code");
        if (codeNode is null || !codeNode.TryGetInt32(out var code))
        {
            diagnostics.Report(SchemaDiagnostics.WrongValueType, codeNode ?? row, "code", SchemaWords.AnIntegerErrorCode(), codeNode?.Describe() ?? SchemaWords.Missing());
            return null;
        }

        var name = String(row, "name");
        var meaning = String(row, "meaning");
        var action = String(row, "action");
        if (name is null || meaning is null || action is null)
        {
            var missing = name is null ? "name" : meaning is null ? "meaning" : "action";
            diagnostics.Report(SchemaDiagnostics.MissingKeyword, row.Start, 1, missing, SchemaWords.ErrorRowNeeds(code.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        if (!Names.IsIdentifier(name))
        {
            diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, row.Get("name")!, SchemaWords.TheErrorCodeName(), name);
            return null;
        }

        if (!Vocabulary.ErrorActions.TryGetValue(action, out var actionMember))
        {
            var closest = Suggestions.Closest(action, Vocabulary.ErrorActions.Keys);
            diagnostics.Report(
                SchemaDiagnostics.UnknownErrorAction,
                row.Get("action")!,
                code.ToString(),
                action,
                closest is null ? string.Join(", ", Vocabulary.ErrorActions.Keys) : SchemaWords.ActionsDidYouMean(string.Join(", ", Vocabulary.ErrorActions.Keys), closest));
            return null;
        }

        return new ErrorCodeModel(code, name, String(row, "errmsg"), meaning, actionMember, String(row, "hint"), Int(row, "retryLimit"));
    }
}
