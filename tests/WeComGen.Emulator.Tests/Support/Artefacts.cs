namespace WeComGen.Emulator.Tests.Support;

/// <summary>Files the tests leave for a person to look at: under artifacts/ at the repository's root.</summary>
internal static class Artefacts
{
    public static string PathFor(string name)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "WeComGen.sln")))
        {
            root = root.Parent;
        }

        var folder = Path.Combine(root?.FullName ?? AppContext.BaseDirectory, "artifacts", "emulator");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
