using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WeComGen.Generator.Pipeline;

/// <summary>The project's WeComGen MSBuild properties, as the compiler hands them over (<c>CompilerVisibleProperty</c>).</summary>
/// <param name="Accessibility">The keyword every generated type is declared with: <c>public</c> or <c>internal</c>.</param>
/// <param name="InvalidAccessibility">The value of <c>WeComGenAccessibility</c> when it is neither, else <see langword="null"/>.</param>
internal sealed record GeneratorOptions(string Accessibility, string? InvalidAccessibility)
{
    public const string AccessibilityProperty = "build_property.WeComGenAccessibility";

    public const string Public = "public";

    public const string Internal = "internal";

    public bool IsValid => InvalidAccessibility is null;

    /// <summary>An unset or empty property means the default, <c>public</c>; the keywords are read case-insensitively.</summary>
    public static GeneratorOptions Read(AnalyzerConfigOptions global)
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
}
