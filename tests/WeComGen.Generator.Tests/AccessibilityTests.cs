using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using WeComGen.Analyzers;
using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests;

/// <summary>The MSBuild property WeComGenAccessibility decides how every generated type is declared.</summary>
public class AccessibilityTests
{
    private const string Namespace = "WeComGen.ExternalContact";

    [Fact]
    public void Without_the_property_every_generated_type_is_public()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema);
        Assert.All(GeneratedTypes(run), type => Assert.Equal(Accessibility.Public, type.DeclaredAccessibility));
    }

    [Theory]
    [InlineData("internal")]
    [InlineData("Internal")]
    [InlineData(" internal ")]
    public void Internal_declares_every_generated_type_internal_and_compiles_without_warnings(string value)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, properties: Property(value));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        var types = GeneratedTypes(run);
        Assert.Equal(16, types.Count);
        Assert.All(types, type => Assert.Equal(Accessibility.Internal, type.DeclaredAccessibility));
    }

    [Theory]
    [InlineData("public")]
    [InlineData("")]
    public void Public_or_empty_is_the_default(string value)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, properties: Property(value));

        Assert.Empty(run.Diagnostics);
        Assert.All(GeneratedTypes(run), type => Assert.Equal(Accessibility.Public, type.DeclaredAccessibility));
    }

    [Theory]
    [InlineData("private")]
    [InlineData("protected internal")]
    [InlineData("file")]
    public void Any_other_value_is_WCG018_and_no_code(string value)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, properties: Property(value));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("WCG018", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"'{value}'", diagnostic.GetMessage());
        Assert.Equal(GeneratorHarness.SchemaPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public async Task The_analyzers_read_the_limits_of_internal_types()
    {
        var tenAttachments = string.Join(", ", Enumerable.Repeat("global::WeComGen.ExternalContact.Attachment.CreateImage(\"MEDIA\")", 10));
        var consumer = $$"""
            namespace Consumer
            {
                /// <summary>Uses.</summary>
                internal static class Use
                {
                    /// <summary>Makes.</summary>
                    internal static object Make(string code) => new global::WeComGen.ExternalContact.SendWelcomeMsgRequest { WelcomeCode = code, Attachments = [{{tenAttachments}}] };
                }
            }
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, GeneratorHarness.Compilation(consumer), properties: Property("internal"));
        Assert.Empty(run.Diagnostics);

        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var found = await run.Output.WithAnalyzers([new ContractAnalyzer()], options).GetAnalyzerDiagnosticsAsync();

        var diagnostic = Assert.Single(found);
        Assert.Equal("WCG101", diagnostic.Id);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("", "", true)]
    [InlineData("System.Index", "", true)]
    [InlineData("System.Runtime.CompilerServices.ModuleInitializerAttribute", "", false)]
    [InlineData("System.Index; System.Runtime.CompilerServices.ModuleInitializerAttribute", "", false)]
    [InlineData("", "System.Index", false)]
    [InlineData("", "System.Index,System.Runtime.CompilerServices.ModuleInitializerAttribute", true)]
    public void Where_PolySharp_adds_ModuleInitializerAttribute_the_generator_adds_none(string? excluded, string? included, bool polySharpAddsIt)
    {
        var properties = new Dictionary<string, string>();
        if (excluded is not null)
        {
            properties["build_property.PolySharpExcludeGeneratedTypes"] = excluded;
            properties["build_property.PolySharpIncludeGeneratedTypes"] = included!;
        }

        var options = Pipeline.GeneratorOptions.Read(new GlobalOptions(properties));

        Assert.Equal(polySharpAddsIt, options.PolySharpAddsModuleInitializer);
    }

    private sealed class GlobalOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }

    private static ImmutableDictionary<string, string> Property(string value) =>
        ImmutableDictionary<string, string>.Empty.Add("WeComGenAccessibility", value);

    private static List<INamedTypeSymbol> GeneratedTypes(GeneratorRun run)
    {
        var ns = run.Output.GetTypeByMetadataName(Namespace + ".Text")!.ContainingNamespace;
        return ns.GetTypeMembers().ToList();
    }
}
