using Microsoft.CodeAnalysis;
using WeComGen.Analyzers.Tests.Contracts;
using WeComGen.Analyzers.Tests.Infrastructure;

namespace WeComGen.Analyzers.Tests.Rules;

/// <summary>The analyzers never throw, whatever half-typed code they meet, and cost nothing where there is no contract.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string, string> Samples => new()
    {
        { WelcomeContract.Source, SampleUsage.Welcome },
        { ShippingContract.Source, SampleUsage.Shipping },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_prefix_of_a_sample_analyzes_without_an_analyzer_exception(string contract, string usage)
    {
        var baseline = InMemoryCompilation.Create(contract, usage);
        var tree = baseline.SyntaxTrees.Last();
        var failures = new List<string>();
        for (var length = 0; length <= usage.Length; length++)
        {
            var truncated = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(usage[..length]));
            var diagnostics = await InMemoryCompilation.AnalyzeAsync(baseline.ReplaceSyntaxTree(tree, truncated));
            failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => $"prefix {length}: {d.GetMessage()}"));
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_whole_sample_reports_contract_diagnostics()
    {
        var diagnostics = await InMemoryCompilation.AnalyzeAsync(InMemoryCompilation.Create(WelcomeContract.Source, SampleUsage.Welcome));

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Equal(
            ["WCG101", "WCG103", "WCG105", "WCG107", "WCG112", "WCG113", "WCG114"],
            diagnostics.Where(d => d.Id.StartsWith("WCG", StringComparison.Ordinal)).Select(d => d.Id).Distinct().Order());
    }

    [Fact]
    public async Task A_compilation_without_the_metadata_gets_nothing()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Plain",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Text { public string? Content { get; set; } void M() => Content = \"x\"; }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);

        var diagnostics = await InMemoryCompilation.AnalyzeAsync(compilation);

        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("WCG", StringComparison.Ordinal) || d.Id == "AD0001");
    }
}
