namespace WeComGen.Generator.Tests.Infrastructure;

/// <summary>Edits of the default schema's text, each replacing exactly one occurrence.</summary>
internal static class SchemaEdits
{
    public static string Replace(string from, string to) => Replace(GeneratorHarness.DefaultSchema, from, to);

    public static string Replace(string schema, string from, string to)
    {
        var index = schema.IndexOf(from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"the schema does not contain {from}");
        Assert.True(schema.IndexOf(from, index + 1, StringComparison.Ordinal) < 0, $"the schema contains {from} more than once");
        return schema.Substring(0, index) + to + schema.Substring(index + from.Length);
    }

    /// <summary>The 1-based line and column of the first occurrence of <paramref name="text"/> in <paramref name="schema"/>.</summary>
    public static (int Line, int Column) PositionOf(string schema, string text)
    {
        var index = schema.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"the schema does not contain {text}");
        var line = schema.Take(index).Count(c => c == '\n');
        var lineStart = schema.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (line + 1, index - lineStart + 1);
    }
}
