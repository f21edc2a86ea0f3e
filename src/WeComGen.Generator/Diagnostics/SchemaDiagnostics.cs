using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using WeComGen.Diagnostics;

namespace WeComGen.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports: a mistake in a schema file, or a compilation that cannot take the generated code.</summary>
internal static class SchemaDiagnostics
{
    private const string Category = "WeComGen.Schema";

    public static readonly DiagnosticDescriptor InvalidJson = Error(
        "WCG001", "Schema file is not valid JSON", "The schema file is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor WrongDialect = Error(
        "WCG002", "Schema is not a JSON Schema 2020-12 document", "{0}; the generator reads JSON Schema 2020-12: \"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");

    public static readonly DiagnosticDescriptor UnknownKeyword = Error(
        "WCG003", "Unknown schema keyword", "Unknown keyword '{0}' in {1}{2}");

    public static readonly DiagnosticDescriptor WrongValueType = Error(
        "WCG004", "Schema keyword has a value of the wrong type", "'{0}' must be {1}, but is {2}");

    public static readonly DiagnosticDescriptor UnresolvedReference = Error(
        "WCG005", "Schema reference cannot be resolved", "The reference '{0}' cannot be resolved: {1}");

    public static readonly DiagnosticDescriptor DuplicateName = Error(
        "WCG006", "Two schema elements get the same C# name", "{0} '{1}' is generated twice: {2}");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "WCG007", "Schema name is not a valid C# identifier", "{0} '{1}' is not a valid C# identifier; set x-wecom-csharp-name or x-wecom-enum-names");

    public static readonly DiagnosticDescriptor ContradictoryLimits = Error(
        "WCG008", "Schema limits contradict each other", "{0}");

    public static readonly DiagnosticDescriptor InvalidUnion = Error(
        "WCG009", "Union has no usable discriminator", "The union {0} is not usable: {1}");

    public static readonly DiagnosticDescriptor UnknownErrorAction = Error(
        "WCG010", "Unknown error action", "Error code {0} has the action '{1}'; the actions are {2}");

    public static readonly DiagnosticDescriptor InvalidEndpoint = Error(
        "WCG011", "Endpoint is not valid", "The endpoint '{0}' is not valid: {1}");

    public static readonly DiagnosticDescriptor UndeclaredRequired = Error(
        "WCG012", "Required property is not declared", "'{0}' is named in {1} of {2} but is not one of its properties");

    public static readonly DiagnosticDescriptor MissingKeyword = Error(
        "WCG013", "Schema lacks a keyword the generator needs", "The schema needs '{0}': {1}");

    public static readonly DiagnosticDescriptor Unsupported = Error(
        "WCG014", "Schema construct is not supported", "{0} is not supported: {1}");

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Error(
        "WCG015", "C# language version is too low for the generated code", "The code generated from this schema needs C# 11 or later, but the project uses C# {0}; set <LangVersion>latest</LangVersion>");

    public static readonly DiagnosticDescriptor RuntimeMissing = Error(
        "WCG016", "WeComGen.Runtime is not referenced", "The code generated from this schema runs on WeComGen.Runtime, which the project does not reference");

    public static readonly DiagnosticDescriptor FileTooLarge = Error(
        "WCG017", "Schema file is too large", "The schema file is {0} characters long; the generator reads schema files of at most {1} characters");

    public static readonly DiagnosticDescriptor InvalidAccessibility = Error(
        "WCG018", "WeComGenAccessibility is not public or internal", "The MSBuild property WeComGenAccessibility is '{0}'; it must be public or internal (or unset, which means public)");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "WCG099", "The generator failed", "The generator failed on this schema and generated nothing for it: {0}");

    /// <summary>Every descriptor, by ID.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> ById { get; } = Index(
        InvalidJson, WrongDialect, UnknownKeyword, WrongValueType, UnresolvedReference, DuplicateName, InvalidIdentifier,
        ContradictoryLimits, InvalidUnion, UnknownErrorAction, InvalidEndpoint, UndeclaredRequired, MissingKeyword,
        Unsupported, LanguageVersionTooLow, RuntimeMissing, FileTooLarge, InvalidAccessibility, InternalError);

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id));

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
