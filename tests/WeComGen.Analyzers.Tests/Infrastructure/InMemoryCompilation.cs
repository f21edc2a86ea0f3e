using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using WeComGen.Metadata;

namespace WeComGen.Analyzers.Tests.Infrastructure;

/// <summary>Compilations built directly, for tests that run the analyzer many times (no test harness per run).</summary>
internal static class InMemoryCompilation
{
    public static readonly CSharpParseOptions Parse = new(LanguageVersion.CSharp12);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p)),
        MetadataReference.CreateFromFile(typeof(ContractRequiredAttribute).Assembly.Location),
    ];

    public static CSharpCompilation Create(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, Parse, $"File{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The analyzer's diagnostics, with any exception it threw reported as AD0001 rather than lost.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        return await compilation.WithAnalyzers([new ContractAnalyzer()], options).GetAllDiagnosticsAsync();
    }
}
