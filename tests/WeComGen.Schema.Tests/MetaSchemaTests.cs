using System.Text.Json;
using Json.Schema;

namespace WeComGen.Schema.Tests;

public class MetaSchemaTests
{
    [Fact]
    public void The_schema_is_a_valid_JSON_Schema_2020_12_document()
    {
        using var document = JsonDocument.Parse(SchemaFile.Text);

        var result = MetaSchemas.Draft202012.Evaluate(
            document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void The_schema_declares_the_WeComGen_dialect_so_editors_check_its_keywords()
    {
        using var document = JsonDocument.Parse(SchemaFile.Text);

        Assert.Equal(DialectFile.Id, document.RootElement.GetProperty("$schema").GetString());
    }

    internal static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")));
}
