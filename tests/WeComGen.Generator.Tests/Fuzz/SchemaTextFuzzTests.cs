using CsCheck;
using Microsoft.CodeAnalysis;
using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests.Fuzz;

/// <summary>
/// Text from a schema reaches generated code only as a comment or an escaped literal: whatever a description, an
/// error's meaning or a hint says, the output compiles with warnings as errors and declares exactly the members the
/// same schema with plain text declares.
/// </summary>
public class SchemaTextFuzzTests
{
    /// <summary>Every character C# ends a line with, every control character, and what XML documentation cannot hold.</summary>
    private static readonly string Hostile = new string([.. Enumerable.Range(0, 0x20).Select(i => (char)i), .. Enumerable.Range(0x7F, 0x21).Select(i => (char)i), '\u2028', '\u2029', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF']) + "<>&\"'\\/*{}#@";

    private static readonly Lazy<ISet<string>> PlainMembers = new(() => Members(Generate(Enumerable.Repeat("plain", SchemaText.SlotCount).Select((text, i) => i == SchemaText.SlotCount - 1 ? "extra" : text).ToArray())));

    [Fact]
    public void Every_line_terminator_and_control_character_in_every_text_keyword_stays_text()
    {
        // Each character followed by code that would compile if the character ended the comment line.
        var text = string.Concat(Hostile.Select(c => "a" + c + "public static int Injected() => 42; //" + c + "#error boom" + c));
        var texts = Enumerable.Repeat(text, SchemaText.SlotCount).ToArray();
        texts[^1] = "k" + text;

        AssertStaysText(texts);
    }

    [Fact]
    public void Random_text_in_every_text_keyword_stays_text()
    {
        var character = Gen.OneOf(Gen.Char, Gen.Char[Hostile], Gen.Char['a', 'z']);
        var text = character.Array[0, 24].Select(chars => new string(chars));
        text.Array[SchemaText.SlotCount].Sample(
            texts =>
            {
                // A leading letter keeps every text non-blank: a blank issuedBy names no issuer, and rightly registers nothing.
                AssertStaysText([.. texts.Select(t => "k" + t)]);
            },
            time: 4,
            threads: 1);
    }

    private static void AssertStaysText(string[] texts)
    {
        var run = Generate(texts);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(PlainMembers.Value, Members(run));
    }

    private static GeneratorRun Generate(string[] texts) => GeneratorHarness.Run(SchemaText.With(texts));

    /// <summary>Every type and member the compilation declares, by its display string.</summary>
    private static ISet<string> Members(GeneratorRun run)
    {
        var members = new SortedSet<string>(StringComparer.Ordinal);
        Collect(run.Output.Assembly.GlobalNamespace, members);
        return members;
    }

    private static void Collect(INamespaceOrTypeSymbol container, SortedSet<string> members)
    {
        foreach (var member in container.GetMembers())
        {
            members.Add(member.ToDisplayString());
            if (member is INamespaceOrTypeSymbol inner)
            {
                Collect(inner, members);
            }
        }
    }
}
