using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests;

/// <summary>The schemas shipped beside send_welcome_msg generate code that compiles, alone and all together.</summary>
public class ShippedShapesTests
{
    public static TheoryData<string> ShippedSchemas => new() { "externalcontact_get", "media" };

    [Theory]
    [MemberData(nameof(ShippedSchemas))]
    public void A_shipped_schema_generates_code_that_compiles_with_warnings_as_errors(string name)
    {
        var run = GeneratorHarness.Run(Schema(name));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void The_three_shipped_schemas_generate_side_by_side_without_a_clash()
    {
        var driver = GeneratorHarness.Driver(
            ("/project/send_welcome_msg.schema.json", GeneratorHarness.DefaultSchema),
            ("/project/externalcontact_get.schema.json", GeneratorHarness.CustomerSchema),
            ("/project/media.schema.json", GeneratorHarness.MediaSchema));

        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    internal static string Schema(string name) => name switch
    {
        "externalcontact_get" => GeneratorHarness.CustomerSchema,
        "media" => GeneratorHarness.MediaSchema,
        _ => GeneratorHarness.DefaultSchema,
    };
}
