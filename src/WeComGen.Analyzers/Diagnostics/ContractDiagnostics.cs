using Microsoft.CodeAnalysis;
using WeComGen.Diagnostics;

namespace WeComGen.Analyzers.Diagnostics;

/// <summary>
/// Every contract diagnostic the analyzers report. Errors are definite contract violations, warnings are
/// likely mistakes, info marks values the server ignores. The message text comes from ContractMessages,
/// so a build log and a runtime exception say the same thing.
/// </summary>
public static class ContractDiagnostics
{
    private const string Category = "Contract";

    public static readonly DiagnosticDescriptor TooManyItems = Create(
        "WCG101", "Too many items for the contract", DiagnosticSeverity.Error,
        "A collection whose size is known at compile time holds more items than [ContractMaxItems] allows.");

    public static readonly DiagnosticDescriptor TooFewItems = Create(
        "WCG102", "Too few items for the contract", DiagnosticSeverity.Error,
        "A collection whose size is known at compile time holds fewer items than [ContractMinItems] requires.");

    public static readonly DiagnosticDescriptor DiscriminatorMismatch = Create(
        "WCG103", "Discriminator does not match the payload", DiagnosticSeverity.Error,
        "The [ContractDiscriminator] member names one payload while a payload of another kind is set.");

    public static readonly DiagnosticDescriptor VariantMissing = Create(
        "WCG104", "Discriminator names a payload that is not set", DiagnosticSeverity.Error,
        "The [ContractDiscriminator] member names a payload, and no payload is set.");

    public static readonly DiagnosticDescriptor SeveralVariants = Create(
        "WCG105", "Several payloads are set", DiagnosticSeverity.Error,
        "A union with a [ContractDiscriminator] carries exactly one payload; several are set.");

    public static readonly DiagnosticDescriptor UnknownVariant = Create(
        "WCG106", "Discriminator value the contract does not define", DiagnosticSeverity.Error,
        "The [ContractDiscriminator] member has a value that no [ContractVariant] payload carries.");

    public static readonly DiagnosticDescriptor TooManyUtf8Bytes = Create(
        "WCG107", "Text is longer than the contract's UTF-8 byte limit", DiagnosticSeverity.Error,
        "A constant string is longer, in UTF-8 bytes, than [ContractMaxUtf8Bytes] allows.");

    public static readonly DiagnosticDescriptor TooLong = Create(
        "WCG108", "Text has more characters than the contract allows", DiagnosticSeverity.Error,
        "A constant string has more characters than [ContractMaxLength] allows.");

    public static readonly DiagnosticDescriptor TooShort = Create(
        "WCG109", "Text has fewer characters than the contract requires", DiagnosticSeverity.Error,
        "A constant string has fewer characters than [ContractMinLength] requires.");

    public static readonly DiagnosticDescriptor RequiredMissing = Create(
        "WCG110", "Required member is not set", DiagnosticSeverity.Error,
        "An object creation leaves a [ContractRequired] member unset.");

    public static readonly DiagnosticDescriptor NoneOfGroup = Create(
        "WCG111", "None of a required group is set", DiagnosticSeverity.Error,
        "An object creation sets none of the members of a [ContractAtLeastOneOf] group.");

    public static readonly DiagnosticDescriptor IgnoredMember = Create(
        "WCG112", "Member is ignored because the preferred one is set", DiagnosticSeverity.Info,
        "Several members of a [ContractAtLeastOneOf] group with a Preferred member are set; only the preferred one is used.");

    public static readonly DiagnosticDescriptor ConstantCredential = Create(
        "WCG113", "Event-issued credential is a constant", DiagnosticSeverity.Warning,
        "A [ContractCredential] member is issued with each event; a constant value is always wrong.");

    public static readonly DiagnosticDescriptor HintMismatch = Create(
        "WCG114", "Value does not look like what the contract expects", DiagnosticSeverity.Warning,
        "A constant string does not match a [ContractHint] pattern; the server will probably reject it.");

    public static readonly DiagnosticDescriptor PatternMismatch = Create(
        "WCG115", "Value does not match the contract pattern", DiagnosticSeverity.Error,
        "A constant string does not match its [ContractPattern].");

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity, string description) =>
        new(id, title, "{0}", Category, severity, isEnabledByDefault: true, description, HelpLinks.For(id));
}
