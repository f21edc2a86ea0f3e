using System;
using System.Resources;

namespace WeComGen.CodeFixes;

/// <summary>The titles of the code fixes (CodeFixTitles.resx in English, CodeFixTitles.zh-Hans.resx in Chinese), one per fix class.</summary>
internal static class CodeFixTitles
{
    private static readonly ResourceManager Resources = new(typeof(CodeFixTitles).FullName!, typeof(CodeFixTitles).Assembly);

    /// <summary>The title of <paramref name="fix"/> in the UI culture (the IDE's language); English where there is no translation.</summary>
    public static string For(Type fix) =>
        Resources.GetString(fix.Name) ?? throw new InvalidOperationException($"CodeFixTitles.resx has no title for {fix.Name}.");
}
