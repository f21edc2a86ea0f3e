using System.Collections.Immutable;
using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using WeComGen.Validation;

namespace WeComGen.Generator.Tests.Infrastructure;

/// <summary>Runs the generator in memory on schema text, over a net8.0 compilation that references the runtime.</summary>
internal static class GeneratorHarness
{
    public const string SchemaPath = "/project/schema/send_welcome_msg.schema.json";

    /// <summary>The repository's schema, embedded in the test assembly.</summary>
    public static string DefaultSchema { get; } = ReadResource("send_welcome_msg.schema.json");

    /// <summary>The repository's externalcontact/get schema (a GET endpoint, paged), embedded in the test assembly.</summary>
    public static string CustomerSchema { get; } = ReadResource("externalcontact_get.schema.json");

    /// <summary>The repository's media schema (multipart uploads), embedded in the test assembly.</summary>
    public static string MediaSchema { get; } = ReadResource("media.schema.json");

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest) => new(version, DocumentationMode.Diagnose);

    public static CSharpCompilation Compilation(string source = "namespace Consumer { /// <summary>Nothing.</summary>\n public static class Empty { } }", LanguageVersion version = LanguageVersion.Latest, bool withRuntime = true)
    {
        var references = new List<MetadataReference>(Net80.References.All);
        if (withRuntime)
        {
            references.Add(MetadataReference.CreateFromFile(typeof(ViolationCollector).Assembly.Location));
        }

        return CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(source, ParseOptions(version), path: "/project/Consumer.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));
    }

    public static GeneratorDriver Driver(params (string Path, string Text)[] schemas) =>
        Driver(LanguageVersion.Latest, schemas);

    public static GeneratorDriver Driver(LanguageVersion version, params (string Path, string Text)[] schemas) =>
        Driver(version, schemas.Select(s => (AdditionalText)new InMemoryText(s.Path, s.Text)).ToArray());

    /// <summary>A driver over these very texts, so a test can later replace one of them.</summary>
    public static GeneratorDriver Driver(LanguageVersion version, params AdditionalText[] schemas) =>
        Driver(version, ImmutableDictionary<string, string>.Empty, schemas);

    /// <summary>A driver over these texts in a project whose MSBuild properties (<c>build_property.*</c>) are <paramref name="properties"/>.</summary>
    public static GeneratorDriver Driver(LanguageVersion version, IReadOnlyDictionary<string, string> properties, params AdditionalText[] schemas) =>
        CSharpGeneratorDriver.Create(
            [new WeComGenGenerator().AsSourceGenerator()],
            schemas,
            ParseOptions(version),
            new SchemaOptionsProvider(schemas.Select(s => s.Path).ToImmutableHashSet(), properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once on <paramref name="schema"/>, with the project's MSBuild <paramref name="properties"/> if any.</summary>
    public static GeneratorRun Run(string schema, CSharpCompilation? compilation = null, LanguageVersion version = LanguageVersion.Latest, IReadOnlyDictionary<string, string>? properties = null)
    {
        compilation ??= Compilation(version: version);
        var text = new InMemoryText(SchemaPath, schema);
        var driver = Driver(version, properties ?? ImmutableDictionary<string, string>.Empty, text).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, diagnostics);
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>An additional file held in memory.</summary>
    public sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    /// <summary>
    /// Marks the given paths as schema files, as WeComGen.targets does through item metadata, and hands over the
    /// project's properties as the compiler does for each <c>CompilerVisibleProperty</c>.
    /// </summary>
    private sealed class SchemaOptionsProvider(ImmutableHashSet<string> schemas, IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(schemas.Contains(textFile.Path) ? new Dictionary<string, string> { [WeComGenGenerator.SchemaMetadata] = "true" } : []);

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) =>
                values.TryGetValue(key, out value!);
        }
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics)
{
    public IReadOnlyList<GeneratedSourceResult> Sources => Result.Results[0].GeneratedSources;

    /// <summary>The generated file named <paramref name="hintName"/>.</summary>
    public string Source(string hintName) =>
        Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Diagnostics of the compiled output (generated code plus the consumer), warnings and errors only.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}
