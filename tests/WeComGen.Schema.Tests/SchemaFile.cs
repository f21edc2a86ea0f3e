using System.Text.Json;
using Json.Schema;

namespace WeComGen.Schema.Tests;

/// <summary>The repository's schema file, loaded by an ordinary JSON Schema 2020-12 validator.</summary>
internal static class SchemaFile
{
    public const string Id = "https://wecomgen.dev/schema/send_welcome_msg.schema.json";

    public static string Text { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "send_welcome_msg.schema.json"));

    private static readonly BuildOptions Options = CreateOptions();

    public static JsonSchema Request { get; } = Definition("SendWelcomeMsgRequest");

    public static JsonSchema Response { get; } = Definition("SendWelcomeMsgResponse");

    public static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static BuildOptions CreateOptions()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        DialectFile.Load(options);
        JsonSchema.FromText(Text, options);
        return options;
    }

    private static JsonSchema Definition(string name) =>
        JsonSchema.FromText($$"""{ "$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "{{Id}}#/$defs/{{name}}" }""", Options);
}
