using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using WeComGen.Metadata;

namespace WeComGen.Analyzers.Tests.Infrastructure;

/// <summary>What every analyzer and code-fix test shares: .NET 8 references, the runtime, C# 12, nullable on.</summary>
internal static class ContractTest
{
    public static void Configure(SolutionState state, ICollection<Func<Solution, ProjectId, Solution>> transforms, IEnumerable<string> contracts)
    {
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(ContractRequiredAttribute).Assembly.Location));
        foreach (var (contract, index) in contracts.Select((c, i) => (c, i)))
        {
            state.Sources.Add(($"Contract{index}.g.cs", contract));
        }

        transforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var options = ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable);
            var parse = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12);
            return solution.WithProjectCompilationOptions(projectId, options).WithProjectParseOptions(projectId, parse);
        });
    }
}
