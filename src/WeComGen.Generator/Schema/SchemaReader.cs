using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Model;
using WeComGen.Generator.Pipeline;
using WeComGen.Generator.Schema.Json;

namespace WeComGen.Generator.Schema;

/// <summary>Schema text -> JSON tree -> vocabulary check -> model, with every mistake as a diagnostic.</summary>
internal static class SchemaReader
{
    /// <summary>Larger files are refused: a schema is a few kilobytes, and the compiler must not stall on a stray file.</summary>
    public const int MaxCharacters = 4 * 1024 * 1024;

    public static ParsedSchema Read(string path, string? text)
    {
        if (text is null)
        {
            var unread = new DiagnosticBag(new LineMap(string.Empty));
            unread.Report(SchemaDiagnostics.InvalidJson, 0, 0, SchemaWords.FileUnreadable());
            return new ParsedSchema(path, null, unread.ToArray());
        }

        var diagnostics = new DiagnosticBag(new LineMap(text.Length > MaxCharacters ? string.Empty : text));
        if (text.Length > MaxCharacters)
        {
            diagnostics.Report(SchemaDiagnostics.FileTooLarge, 0, 0, text.Length.ToString(), MaxCharacters.ToString());
            return new ParsedSchema(path, null, diagnostics.ToArray());
        }

        JsonNode root;
        try
        {
            root = JsonReader.Read(text);
        }
        catch (JsonSyntaxException e)
        {
            diagnostics.Report(SchemaDiagnostics.InvalidJson, e.Position, 0, e.Reason);
            return new ParsedSchema(path, null, diagnostics.ToArray());
        }

        if (root.Kind != JsonKind.Object)
        {
            diagnostics.Report(SchemaDiagnostics.WrongValueType, root, SchemaWords.TheSchemaFile(), SchemaWords.AJsonObject(), root.Describe());
            return new ParsedSchema(path, null, diagnostics.ToArray());
        }

        new VocabularyChecker(diagnostics).CheckRoot(root);
        var model = new ModelBuilder(root, diagnostics).Build();
        return new ParsedSchema(path, diagnostics.HasErrors ? null : model, diagnostics.ToArray());
    }
}
