using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace WeComGen.Analyzers.Benchmarks;

/// <summary>The repository's schema as an additional file, as the build hands it to the generator.</summary>
internal sealed class SchemaFile(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        SourceText.From(File.ReadAllText(Path), Encoding.UTF8);

    public static SchemaFile FindFrom(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var candidate = System.IO.Path.Combine(current.FullName, "schema", "send_welcome_msg.schema.json");
            if (File.Exists(candidate))
            {
                return new SchemaFile(candidate);
            }
        }

        throw new FileNotFoundException("schema/send_welcome_msg.schema.json not found above " + directory);
    }
}
