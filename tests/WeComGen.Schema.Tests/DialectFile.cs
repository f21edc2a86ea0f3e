using System.Text.Json;
using Json.Schema;

namespace WeComGen.Schema.Tests;

/// <summary>WeComGen's JSON Schema 2020-12 dialect (schema/wecom.dialect.json), loaded by an ordinary validator.</summary>
internal static class DialectFile
{
    public const string Id = "https://wecomgen.dev/schema/2020-12/wecom";

    public static string Text { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "wecom.dialect.json"));

    /// <summary>
    /// Registers the dialect in <paramref name="options"/> so schema files can declare it: its meta-schema, and its
    /// keywords as 2020-12's with the x-wecom ones allowed. JsonSchema.Net builds a dialect from <c>$vocabulary</c>
    /// alone and would refuse the x-wecom keywords it has no handler for; to it they are annotations.
    /// </summary>
    public static JsonSchema Load(BuildOptions options)
    {
        options.DialectRegistry.Register(Dialect.Draft202012.With([], new Uri(Id), allowUnknownKeywords: true));
        return JsonSchema.FromText(Text, options);
    }

    /// <summary>Validates a schema file's text against the dialect.</summary>
    public static EvaluationResults Evaluate(string schemaText)
    {
        var dialect = Load(new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(schemaText);
        return dialect.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }
}
