using System.Resources;
using Microsoft.CodeAnalysis;
using WeComGen.Diagnostics;
using WeComGen.Validation;

namespace WeComGen.Analyzers.Diagnostics;

/// <summary>
/// Every contract diagnostic the analyzers report. Errors are definite contract violations, warnings are
/// likely mistakes, info marks values the server ignores. The message format is the ContractMessages resource the
/// runtime words the same violation with, so a build log and a runtime exception say the same thing; the compiler
/// picks the language (the build's UI culture).
/// </summary>
public static class ContractDiagnostics
{
    private const string Category = "Contract";

    // Before the descriptors: static fields are initialized in the order they are written.
    /// <summary>The titles and descriptions, in the language of the culture asked for; English where there is no translation.</summary>
    private static readonly ResourceManager Resources = new(typeof(ContractDiagnostics).FullName!, typeof(ContractDiagnostics).Assembly);

    public static readonly DiagnosticDescriptor TooManyItems = Create("WCG101", nameof(ContractMessages.TooManyItems), DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TooFewItems = Create("WCG102", nameof(ContractMessages.TooFewItems), DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DiscriminatorMismatch = Create("WCG103", nameof(ContractMessages.DiscriminatorMismatch), DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor VariantMissing = Create("WCG104", nameof(ContractMessages.VariantMissing), DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SeveralVariants = Create("WCG105", nameof(ContractMessages.SeveralVariants), DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownVariant = Create("WCG106", nameof(ContractMessages.UnknownVariant), DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TooManyUtf8Bytes = Create("WCG107", nameof(ContractMessages.TooManyUtf8Bytes), DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TooLong = Create("WCG108", nameof(ContractMessages.TooLong), DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TooShort = Create("WCG109", nameof(ContractMessages.TooShort), DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RequiredMissing = Create("WCG110", nameof(ContractMessages.Required), DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NoneOfGroup = Create("WCG111", nameof(ContractMessages.NoneOf), DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IgnoredMember = Create("WCG112", nameof(ContractMessages.Ignored), DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor ConstantCredential = Create("WCG113", nameof(ContractMessages.ConstantCredential), DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor HintMismatch = Create("WCG114", nameof(ContractMessages.HintMismatch), DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PatternMismatch = Create("WCG115", nameof(ContractMessages.PatternMismatch), DiagnosticSeverity.Error);

    /// <summary>
    /// A rule whose message is the <paramref name="message"/> resource of <see cref="ContractMessages"/>, the runtime's
    /// own wording; its title and description are ContractDiagnostics.resx's <c>{id}Title</c> and <c>{id}Description</c>.
    /// </summary>
    private static DiagnosticDescriptor Create(string id, string message, DiagnosticSeverity severity) =>
        new(
            id,
            Text(id + "Title"),
            new LocalizableResourceString(message, ContractMessages.Resources, typeof(ContractMessages)),
            Category,
            severity,
            isEnabledByDefault: true,
            Text(id + "Description"),
            HelpLinks.For(id));

    private static LocalizableResourceString Text(string name) => new(name, Resources, typeof(ContractDiagnostics));
}
