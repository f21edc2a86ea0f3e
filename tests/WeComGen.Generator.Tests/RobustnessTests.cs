using System.Text;
using CsCheck;
using WeComGen.Generator.Schema;
using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests;

/// <summary>No input makes the generator throw: every file is a model or diagnostics.</summary>
public class RobustnessTests
{
    private static readonly string Schema = GeneratorHarness.DefaultSchema;

    [Fact]
    public void Random_bytes_never_throw() =>
        Gen.Byte.Array[0, 512].Sample(bytes => AssertReads(Encoding.UTF8.GetString(bytes)), iter: 2000);

    [Fact]
    public void Every_truncation_of_the_schema_never_throws() =>
        Gen.Int[0, Schema.Length].Sample(length => AssertReads(Schema.Substring(0, length)), iter: 2000);

    [Fact]
    public void Random_mutations_of_the_schema_never_throw()
    {
        var edits = Gen.Select(Gen.Int[0, Schema.Length - 1], Gen.Int[0, 2], Gen.Char["{}[]\":,-0123456789aeflnrstu\\ x"]);
        edits.Array[1, 8].Sample(
            mutations =>
            {
                var text = new StringBuilder(Schema);
                foreach (var (position, kind, c) in mutations)
                {
                    var at = Math.Min(position, text.Length - 1);
                    _ = kind switch
                    {
                        0 => text.Remove(at, 1),
                        1 => text.Insert(at, c),
                        _ => text.Replace(text[at], c, at, 1),
                    };
                }

                AssertReads(text.ToString());
            },
            iter: 3000);
    }

    [Fact]
    public void The_generator_itself_survives_mutated_schemas()
    {
        Gen.Int[0, Schema.Length - 1].Sample(
            at =>
            {
                var run = GeneratorHarness.Run(Schema.Remove(at, 1));
                Assert.Null(run.Result.Results[0].Exception);
                Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CS8785" or "WCG099");
            },
            iter: 100);
    }

    private static void AssertReads(string text)
    {
        var parsed = SchemaReader.Read("/schema.json", text);
        Assert.True(parsed.Model is not null || parsed.Diagnostics.Count > 0);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Id == "WCG099");
    }
}
