using System.Collections.Generic;
using System.Resources;
using Microsoft.CodeAnalysis;
using WeComGen.Diagnostics;

namespace WeComGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports: a mistake in a schema file, or a compilation that cannot take the generated code.
/// Titles and messages are resources (SchemaDiagnostics.resx in English, SchemaDiagnostics.zh-Hans.resx in Chinese), so
/// the compiler words them in the build's language.
/// </summary>
internal static class SchemaDiagnostics
{
    private const string Category = "WeComGen.Schema";

    // Before the descriptors: static fields are initialized in the order they are written.
    /// <summary>The titles and messages, in the language of the culture asked for; English where there is no translation.</summary>
    private static readonly ResourceManager Resources = new(typeof(SchemaDiagnostics).FullName!, typeof(SchemaDiagnostics).Assembly);

    public static readonly DiagnosticDescriptor InvalidJson = Error("WCG001");

    public static readonly DiagnosticDescriptor WrongDialect = Error("WCG002");

    public static readonly DiagnosticDescriptor UnknownKeyword = Error("WCG003");

    public static readonly DiagnosticDescriptor WrongValueType = Error("WCG004");

    public static readonly DiagnosticDescriptor UnresolvedReference = Error("WCG005");

    public static readonly DiagnosticDescriptor DuplicateName = Error("WCG006");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error("WCG007");

    public static readonly DiagnosticDescriptor ContradictoryLimits = Error("WCG008");

    public static readonly DiagnosticDescriptor InvalidUnion = Error("WCG009");

    public static readonly DiagnosticDescriptor UnknownErrorAction = Error("WCG010");

    public static readonly DiagnosticDescriptor InvalidEndpoint = Error("WCG011");

    public static readonly DiagnosticDescriptor UndeclaredRequired = Error("WCG012");

    public static readonly DiagnosticDescriptor MissingKeyword = Error("WCG013");

    public static readonly DiagnosticDescriptor Unsupported = Error("WCG014");

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Error("WCG015");

    public static readonly DiagnosticDescriptor RuntimeMissing = Error("WCG016");

    public static readonly DiagnosticDescriptor FileTooLarge = Error("WCG017");

    public static readonly DiagnosticDescriptor InvalidAccessibility = Error("WCG018");

    public static readonly DiagnosticDescriptor ShadowedNamespace = Error("WCG019");

    public static readonly DiagnosticDescriptor ContractInReference = Info("WCG020");

    public static readonly DiagnosticDescriptor DifferentContractInReference = Error("WCG021");

    public static readonly DiagnosticDescriptor InvalidPlacement = Error("WCG022");

    public static readonly DiagnosticDescriptor InternalError = Error("WCG099");

    /// <summary>Every descriptor, by ID.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> ById { get; } = Index(
        InvalidJson, WrongDialect, UnknownKeyword, WrongValueType, UnresolvedReference, DuplicateName, InvalidIdentifier,
        ContradictoryLimits, InvalidUnion, UnknownErrorAction, InvalidEndpoint, UndeclaredRequired, MissingKeyword,
        Unsupported, LanguageVersionTooLow, RuntimeMissing, FileTooLarge, InvalidAccessibility, ShadowedNamespace, ContractInReference, DifferentContractInReference, InvalidPlacement, InternalError);

    private static DiagnosticDescriptor Error(string id) => Create(id, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Info(string id) => Create(id, DiagnosticSeverity.Info);

    /// <summary>A diagnostic whose title and message format are SchemaDiagnostics.resx's <c>{id}Title</c> and <c>{id}Message</c>.</summary>
    private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity) =>
        new(id, Text(id + "Title"), Text(id + "Message"), Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id));

    private static LocalizableResourceString Text(string name) => new(name, Resources, typeof(SchemaDiagnostics));

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var index = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in descriptors)
        {
            index.Add(descriptor.Id, descriptor);
        }

        return index;
    }
}
