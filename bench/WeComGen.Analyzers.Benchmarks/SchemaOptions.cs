using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using WeComGen.Generator;

namespace WeComGen.Analyzers.Benchmarks;

/// <summary>The build metadata MSBuild would give the schema file: WeComGenSchema="true", nothing else.</summary>
internal sealed class SchemaOptions : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions Schema = new Options(true);
    private static readonly AnalyzerConfigOptions None = new Options(false);

    public override AnalyzerConfigOptions GlobalOptions => None;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Schema;

    private sealed class Options(bool schema) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = schema && key == WeComGenGenerator.SchemaMetadata ? "true" : null;
            return value is not null;
        }
    }
}
