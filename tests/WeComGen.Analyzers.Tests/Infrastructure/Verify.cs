using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using WeComGen.Analyzers.Tests.Contracts;

namespace WeComGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs the contract analyzer over test code written against a contract, and checks the diagnostics marked in it:
/// <c>{|WCG101:span|}</c> for an exact span, extra <see cref="DiagnosticResult"/>s for messages.
/// </summary>
internal static class Verify
{
    public static Task Welcome(string code, params DiagnosticResult[] expected) => Analyze(code, [WelcomeContract.Source], expected);

    public static Task Shipping(string code, params DiagnosticResult[] expected) => Analyze(code, [ShippingContract.Source], expected);

    public static DiagnosticResult Diagnostic(string id) => new(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

    public static async Task Analyze(string code, IEnumerable<string> contracts, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ContractAnalyzer, DefaultVerifier>
        {
            TestCode = code,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        ContractTest.Configure(test.TestState, test.SolutionTransforms, contracts);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Applies <typeparamref name="TFix"/> to <paramref name="code"/>; with <paramref name="title"/>, the fix offered must be called that.</summary>
    public static async Task Fix<TFix>(string code, string fixedCode, IEnumerable<string> contracts, int? iterations = null, string? title = null)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<ContractAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = code,
            FixedCode = fixedCode,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        ContractTest.Configure(test.TestState, test.SolutionTransforms, contracts);
        ContractTest.Configure(test.FixedState, [], contracts);
        if (iterations is { } count)
        {
            test.NumberOfFixAllIterations = count;
        }

        if (title is not null)
        {
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title);
        }

        await test.RunAsync();
    }
}
