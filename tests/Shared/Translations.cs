using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace WeComGen.Tests;

/// <summary>
/// The languages WeComGen speaks, and what makes a translation whole: every English resource has a Chinese one with the
/// same placeholders (so no message can lose or invent an argument), and no Chinese resource is left without an
/// English one.
/// </summary>
internal static partial class Translations
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>What is wrong with the Chinese translation of <paramref name="resources"/>; empty when it is whole.</summary>
    public static IReadOnlyList<string> Problems(ResourceManager resources)
    {
        var english = Entries(resources, CultureInfo.InvariantCulture);
        var chinese = Entries(resources, Chinese);
        var problems = new List<string>();
        if (english.Count == 0)
        {
            problems.Add($"{resources.BaseName} has no English resources");
        }

        foreach (var (name, text) in english)
        {
            if (!chinese.TryGetValue(name, out var translation) || string.IsNullOrWhiteSpace(translation))
            {
                problems.Add($"{resources.BaseName}.{name} has no zh-Hans translation");
            }
            else if (Placeholders(text) != Placeholders(translation))
            {
                problems.Add($"{resources.BaseName}.{name}: English has placeholders {Placeholders(text)}, zh-Hans has {Placeholders(translation)}");
            }
        }

        problems.AddRange(chinese.Keys.Except(english.Keys).Select(name => $"{resources.BaseName}.{name} is translated but has no English text"));
        return problems;
    }

    /// <summary>The format items of a composite format string, as "{0}{1}": the numbers, in order, each once.</summary>
    public static string Placeholders(string format) =>
        string.Concat(FormatItem().Matches(format.Replace("{{", "").Replace("}}", ""))
            .Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .Order()
            .Select(number => "{" + number + "}"));

    /// <summary>
    /// What is missing from the page docs/diagnostics/{id}.md: the table that gives the diagnostic's title and message
    /// format in both languages, as the resources word them. Null when the page has it.
    /// </summary>
    public static string? PageProblem(string id, (string English, string Chinese) title, (string English, string Chinese) message)
    {
        var page = File.ReadAllText(Path.Combine(DiagnosticsDocs(), id + ".md"));
        string[] rows = [$"| Title | {title.English} | {title.Chinese} |", $"| Message | `{message.English}` | `{message.Chinese}` |"];
        var missing = rows.Where(row => !page.Contains(row, StringComparison.Ordinal)).ToArray();
        return missing.Length == 0 ? null : $"docs/diagnostics/{id}.md lacks the row {string.Join(" and the row ", missing)}";
    }

    /// <summary>Runs the rest of a test (to the end of the <c>using</c>) with <paramref name="culture"/> as the UI culture.</summary>
    public static IDisposable UICulture(CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        return new Restore(() => CultureInfo.CurrentUICulture = previous);
    }

    private static string DiagnosticsDocs([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "docs", "diagnostics"));

    // Only the resources of exactly this culture: a missing satellite assembly is an empty set, not English.
    private static Dictionary<string, string> Entries(ResourceManager resources, CultureInfo culture) =>
        resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!)
        ?? [];

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex FormatItem();

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
