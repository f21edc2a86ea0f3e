using System.Text.Json;
using Json.Schema;

namespace WeComGen.Schema.Tests;

/// <summary>WeComGen's JSON Schema 2020-12 dialect (schema/wecom.dialect.json), loaded by an ordinary validator.</summary>
internal static class DialectFile
{
    public const string Id = "https://wecomgen.dev/schema/2020-12/wecom";

    public static string Text { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "wecom.dialect.json"));

    /// <summary>The dialect as a meta-schema, registered in <paramref name="options"/> so schema files can declare it.</summary>
    public static JsonSchema Load(BuildOptions options) => JsonSchema.FromText(Text, options);

    /// <summary>Validates a schema file's text against the dialect.</summary>
    public static EvaluationResults Evaluate(string schemaText)
    {
        var dialect = Load(new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(schemaText);
        return dialect.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }
}
