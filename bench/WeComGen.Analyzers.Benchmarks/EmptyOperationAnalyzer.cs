using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WeComGen.Analyzers.Benchmarks;

/// <summary>
/// The floor: an analyzer that asks for the same operation callbacks as the contract analyzer and does
/// nothing in them. What it costs is Roslyn's cost of calling back, not the rules'.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Unused = new("BENCH0", "unused", "unused", "Benchmark", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Unused);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // As the contract analyzer: called in generated code too, and returns there at once.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterOperationAction(c => _ = c.IsGeneratedCode, OperationKind.SimpleAssignment, OperationKind.ObjectCreation, OperationKind.Invocation);
    }
}
