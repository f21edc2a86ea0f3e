using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests;

/// <summary>The pipeline does no work that an edit does not call for.</summary>
public class IncrementalTests
{
    private static readonly string[] Steps =
    [
        WeComGenGenerator.Steps.SchemaFiles,
        WeComGenGenerator.Steps.ParsedSchemas,
        WeComGenGenerator.Steps.Models,
        WeComGenGenerator.Steps.CompilationFeatures,
        WeComGenGenerator.Steps.ModelsWithFeatures,
        WeComGenGenerator.Steps.DiagnosticsWithFeatures,
    ];

    [Fact]
    public void Editing_an_unrelated_CSharp_file_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver((GeneratorHarness.SchemaPath, GeneratorHarness.DefaultSchema)).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { /// <summary>More.</summary>\n public static class More { } }", GeneratorHarness.ParseOptions()));
        var result = driver.RunGenerators(edited).GetRunResult().Results[0];

        foreach (var step in Steps)
        {
            AssertAll(result.TrackedSteps[step], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        AssertAll(result.TrackedOutputSteps.SelectMany(s => s.Value), IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void A_whitespace_only_schema_edit_leaves_the_generated_sources_cached()
    {
        var compilation = GeneratorHarness.Compilation();
        var original = new GeneratorHarness.InMemoryText(GeneratorHarness.SchemaPath, GeneratorHarness.DefaultSchema);
        var driver = GeneratorHarness.Driver(LanguageVersion.Latest, original).RunGenerators(compilation);
        var before = driver.GetRunResult().Results[0].GeneratedSources.Select(s => s.SourceText.ToString()).ToList();

        var reformatted = new GeneratorHarness.InMemoryText(GeneratorHarness.SchemaPath, GeneratorHarness.DefaultSchema.Replace("\n", "\n  ").Replace("\": ", "\" :  "));
        var result = driver.ReplaceAdditionalText(original, reformatted).RunGenerators(compilation).GetRunResult().Results[0];

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(result.TrackedSteps[WeComGenGenerator.Steps.SchemaFiles]).Outputs[0].Reason);
        AssertAll(result.TrackedSteps[WeComGenGenerator.Steps.ParsedSchemas], IncrementalStepRunReason.Unchanged);
        AssertAll(result.TrackedSteps[WeComGenGenerator.Steps.Models], IncrementalStepRunReason.Cached);
        AssertAll(result.TrackedSteps[WeComGenGenerator.Steps.ModelsWithFeatures], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Assert.Equal(before, result.GeneratedSources.Select(s => s.SourceText.ToString()));
    }

    [Fact]
    public void A_meaningful_schema_edit_reaches_the_output()
    {
        var compilation = GeneratorHarness.Compilation();
        var original = new GeneratorHarness.InMemoryText(GeneratorHarness.SchemaPath, GeneratorHarness.DefaultSchema);
        var driver = GeneratorHarness.Driver(LanguageVersion.Latest, original).RunGenerators(compilation);
        var edited = new GeneratorHarness.InMemoryText(GeneratorHarness.SchemaPath, SchemaEdits.Replace("\"maxItems\": 9", "\"maxItems\": 3"));
        var result = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult().Results[0];

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(result.TrackedSteps[WeComGenGenerator.Steps.Models]).Outputs[0].Reason);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("ContractMaxItems(3)"));
    }

    private static void AssertAll(IEnumerable<IncrementalGeneratorRunStep> steps, params IncrementalStepRunReason[] allowed)
    {
        foreach (var step in steps)
        {
            foreach (var (_, reason) in step.Outputs)
            {
                Assert.True(allowed.Contains(reason), $"{step.Name} was {reason}");
            }
        }
    }
}
