namespace WeComGen.Diagnostics;

/// <summary>Where each diagnostic's documentation page lives: docs/diagnostics/{ID}.md in the repository.</summary>
internal static class HelpLinks
{
    private const string Base = "https://github.com/wecomgen/wecomgen/blob/main/docs/diagnostics/";

    public static string For(string id) => Base + id + ".md";
}
