using System.Runtime.CompilerServices;
using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests;

/// <summary>
/// Every file generated for each shipped schema equals its checked-in copy under Snapshots/ (send_welcome_msg) or
/// Snapshots/{schema}/ (the others).
/// To accept a deliberate change, run the tests with WECOMGEN_UPDATE_SNAPSHOTS=1 and review the diff.
/// </summary>
public class SnapshotTests
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("WECOMGEN_UPDATE_SNAPSHOTS") == "1";

    [Theory]
    [InlineData("send_welcome_msg")]
    [InlineData("externalcontact_get")]
    [InlineData("media")]
    public void Every_generated_file_matches_its_snapshot(string schema)
    {
        var run = GeneratorHarness.Run(ShippedShapesTests.Schema(schema));
        Assert.Empty(run.Diagnostics);
        var directory = schema == "send_welcome_msg" ? SnapshotDirectory() : Path.Combine(SnapshotDirectory(), schema);
        Directory.CreateDirectory(directory);
        var expected = Directory.GetFiles(directory, "*.cs").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        var actual = run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal).ToList();
        if (Update)
        {
            foreach (var stale in expected.Except(actual))
            {
                File.Delete(Path.Combine(directory, stale));
            }

            foreach (var source in run.Sources)
            {
                File.WriteAllText(Path.Combine(directory, source.HintName), source.SourceText.ToString());
            }

            return;
        }

        Assert.Equal(expected, actual);
        foreach (var source in run.Sources)
        {
            var snapshot = File.ReadAllText(Path.Combine(directory, source.HintName)).ReplaceLineEndings("\n");
            Assert.True(snapshot == source.SourceText.ToString(), $"{source.HintName} differs from its snapshot; rerun with WECOMGEN_UPDATE_SNAPSHOTS=1 to accept");
        }
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        var first = GeneratorHarness.Run(GeneratorHarness.DefaultSchema).Sources.Select(s => (s.HintName, s.SourceText.ToString()));
        var second = GeneratorHarness.Run(GeneratorHarness.DefaultSchema).Sources.Select(s => (s.HintName, s.SourceText.ToString()));
        Assert.Equal(first, second);
    }

    private static string SnapshotDirectory([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Snapshots");
}
