using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace WeComGen.Generator.Benchmarks;

/// <summary>Generator drivers over the two generators being compared.</summary>
internal static class Drivers
{
    private static readonly Lazy<ISourceGenerator> SystemTextJsonGenerator = new(LoadSystemTextJson);

    public static Func<GeneratorDriver> WeComGen(string schema) => () =>
        CSharpGeneratorDriver.Create(
            [new WeComGenGenerator().AsSourceGenerator()],
            [new Text("/bench/schema.schema.json", schema)],
            Inputs.ParseOptions,
            new SchemaOptions());

    public static Func<GeneratorDriver> SystemTextJson() => () =>
        CSharpGeneratorDriver.Create([SystemTextJsonGenerator.Value], parseOptions: Inputs.ParseOptions);

    /// <summary>The System.Text.Json generator the SDK ships with its reference pack.</summary>
    private static ISourceGenerator LoadSystemTextJson()
    {
        var packs = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref");
        var path = Directory.GetDirectories(packs)
            .OrderByDescending(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version())
            .Select(d => Path.Combine(d, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"))
            .First(File.Exists);
        var reference = new AnalyzerFileReference(Path.GetFullPath(path), new Loader());
        return reference.GetGenerators(LanguageNames.CSharp).Single();
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class SchemaOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Schema = new(ImmutableDictionary<string, string>.Empty.Add(WeComGenGenerator.SchemaMetadata, "true"));

        public override AnalyzerConfigOptions GlobalOptions => Schema;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Schema;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Schema;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
