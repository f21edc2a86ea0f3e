using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WeComGen.Generator.Pipeline;

/// <summary>The project's WeComGen MSBuild properties, as the compiler hands them over (<c>CompilerVisibleProperty</c>).</summary>
/// <param name="Accessibility">The keyword every generated type is declared with: <c>public</c> or <c>internal</c>.</param>
/// <param name="InvalidAccessibility">The value of <c>WeComGenAccessibility</c> when it is neither, else <see langword="null"/>.</param>
/// <param name="PolySharpAddsModuleInitializer">
/// Whether PolySharp, a polyfill generator, adds <c>ModuleInitializerAttribute</c> where the framework lacks it (then a
/// second one from this generator would be a duplicate; generators do not see each other's output, only its settings).
/// </param>
internal sealed record GeneratorOptions(string Accessibility, string? InvalidAccessibility, bool PolySharpAddsModuleInitializer = false)
{
    public const string AccessibilityProperty = "build_property.WeComGenAccessibility";

    public const string Public = "public";

    public const string Internal = "internal";

    public bool IsValid => InvalidAccessibility is null;

    public static GeneratorOptions Read(AnalyzerConfigOptions global) =>
        ReadAccessibility(global) with { PolySharpAddsModuleInitializer = PolySharpAdds(global, Emit.ModuleInitializerEmitter.AttributeName) };

    /// <summary>An unset or empty property means the default, <c>public</c>; the keywords are read case-insensitively.</summary>
    private static GeneratorOptions ReadAccessibility(AnalyzerConfigOptions global)
    {
        if (!global.TryGetValue(AccessibilityProperty, out var raw) || string.IsNullOrWhiteSpace(raw))
        {
            return new GeneratorOptions(Public, null);
        }

        var value = raw.Trim();
        if (string.Equals(value, Public, StringComparison.OrdinalIgnoreCase))
        {
            return new GeneratorOptions(Public, null);
        }

        return string.Equals(value, Internal, StringComparison.OrdinalIgnoreCase)
            ? new GeneratorOptions(Internal, null)
            : new GeneratorOptions(Public, value);
    }

    /// <summary>
    /// PolySharp makes its settings visible to the compiler whenever it is referenced; it adds a polyfill unless its
    /// include list is set without it, or its exclude list names it.
    /// </summary>
    private static bool PolySharpAdds(AnalyzerConfigOptions global, string typeName)
    {
        if (!global.TryGetValue("build_property.PolySharpExcludeGeneratedTypes", out var excluded))
        {
            return false;
        }

        global.TryGetValue("build_property.PolySharpIncludeGeneratedTypes", out var included);
        return (string.IsNullOrWhiteSpace(included) || Lists(included, typeName)) && !Lists(excluded, typeName);
    }

    private static bool Lists(string? list, string typeName)
    {
        foreach (var item in (list ?? string.Empty).Split(';', ','))
        {
            if (item.Trim() == typeName)
            {
                return true;
            }
        }

        return false;
    }
}
