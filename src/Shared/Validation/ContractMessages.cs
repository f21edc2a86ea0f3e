using System.Globalization;
using System.Resources;

namespace WeComGen.Validation;

/// <summary>
/// The wording of every contract violation: ContractMessages.resx in English, ContractMessages.zh-Hans.resx in
/// Chinese, one resource per method, named as the method. The runtime validator and the compile-time analyzers both
/// compile these files, so a mistake reads the same in a build log and in an exception, in either language.
/// </summary>
internal static class ContractMessages
{
    /// <summary>The messages, in the language of the culture asked for; English where there is no translation.</summary>
    public static ResourceManager Resources { get; } = new("WeComGen.Validation.ContractMessages", typeof(ContractMessages).Assembly);

    public static ContractMessage Required(string member) =>
        new(nameof(Required), member);

    public static ContractMessage TooManyItems(string member, int count, int limit) =>
        new(nameof(TooManyItems), member, Text(count), Text(limit));

    public static ContractMessage TooFewItems(string member, int count, int limit) =>
        new(nameof(TooFewItems), member, Text(count), Text(limit));

    public static ContractMessage TooManyUtf8Bytes(string member, int bytes, int characters, int limit) =>
        new(nameof(TooManyUtf8Bytes), member, Text(bytes), Text(characters), Text(limit));

    public static ContractMessage TooShort(string member, int characters, int limit) =>
        new(nameof(TooShort), member, Text(characters), Text(limit));

    public static ContractMessage TooLong(string member, int characters, int limit) =>
        new(nameof(TooLong), member, Text(characters), Text(limit));

    public static ContractMessage PatternMismatch(string member, string pattern) =>
        new(nameof(PatternMismatch), member, pattern);

    public static ContractMessage HintMismatch(string member, string hint) =>
        new(nameof(HintMismatch), member, hint);

    public static ContractMessage DiscriminatorMismatch(string member, string declared, string payload) =>
        new(nameof(DiscriminatorMismatch), member, declared, payload);

    public static ContractMessage VariantMissing(string member, string declared) =>
        new(nameof(VariantMissing), member, declared);

    public static ContractMessage SeveralVariants(string owner, string payloads) =>
        new(nameof(SeveralVariants), owner, payloads);

    public static ContractMessage NoneOf(string owner, string members) =>
        new(nameof(NoneOf), owner, members);

    public static ContractMessage Ignored(string owner, string ignored, string preferred) =>
        new(nameof(Ignored), owner, ignored, preferred);

    public static ContractMessage UnknownVariant(string member, string value) =>
        new(nameof(UnknownVariant), member, value);

    public static ContractMessage ConstantCredential(string member, int validitySeconds) =>
        new(nameof(ConstantCredential), member, Text(validitySeconds));

    public static ContractMessage FileTooSmall(string member, long bytes, long limit, string? variant) =>
        ForVariant(nameof(FileTooSmall), variant, member, Text(bytes), Text(limit));

    public static ContractMessage FileTooLarge(string member, long bytes, long limit, string? variant) =>
        ForVariant(nameof(FileTooLarge), variant, member, Text(bytes), Text(limit));

    /// <summary>A stream of unknown length went past the limit while it was being sent.</summary>
    public static ContractMessage FileLargerThan(string member, long limit, string? variant) =>
        ForVariant(nameof(FileLargerThan), variant, member, Text(limit));

    /// <summary>The content is not of an allowed media type; <paramref name="recognised"/> is the type it was recognised as, or <see langword="null"/>.</summary>
    public static ContractMessage FileContentMismatch(string member, string? recognised, string allowed, string? variant) => recognised is null
        ? ForVariant("FileContentUnrecognised", variant, member, allowed)
        : ForVariant(nameof(FileContentMismatch), variant, member, recognised, allowed);

    /// <summary>Heads the violations listed in an exception.</summary>
    public static ContractMessage BrokenContract() =>
        new(nameof(BrokenContract));

    // What the runtime writes around the messages, in the same language: a violation's line, a result without one,
    // and the failures of a call.

    /// <summary>One violation as <c>ContractViolation.ToString()</c> writes it: severity (its word, <see cref="Severity"/>), rule, path, message.</summary>
    public static ContractMessage ViolationLine(string severity, string rule, string path, string message) =>
        new(nameof(ViolationLine), severity, rule, path, message);

    /// <summary>A severity's word: the resource <c>Severity{name}</c>.</summary>
    public static ContractMessage Severity(string name) =>
        new(nameof(Severity) + name);

    public static ContractMessage NoViolations() =>
        new(nameof(NoViolations));

    public static ContractMessage FailureInvalidRequest() =>
        new(nameof(FailureInvalidRequest));

    public static ContractMessage FailureFileUnreadable(string file, string member, string reason) =>
        new(nameof(FailureFileUnreadable), file, member, reason);

    public static ContractMessage FailureUploadNotRepeatable(string file, string lastProblem) =>
        new(nameof(FailureUploadNotRepeatable), file, lastProblem);

    /// <summary>The window closed; <paramref name="lastProblem"/> is what the last attempt met, or <see langword="null"/> when none was made.</summary>
    public static ContractMessage FailureDeadlinePassed(string credential, string deadline, string? lastProblem) => lastProblem is null
        ? new(nameof(FailureDeadlinePassed), credential, deadline)
        : new(nameof(FailureDeadlinePassed) + "After", credential, deadline, lastProblem);

    public static ContractMessage FailureCredentialAlreadyUsed(string credential, bool inFlight) =>
        new(inFlight ? "FailureCredentialInFlight" : "FailureCredentialAnswered", credential);

    public static ContractMessage FailureCredentialExpired(string error) =>
        new(nameof(FailureCredentialExpired), error);

    public static ContractMessage FailureMisconfigured(string error) =>
        new(nameof(FailureMisconfigured), error);

    public static ContractMessage FailureRejected(string error) =>
        new(nameof(FailureRejected), error);

    public static ContractMessage FailureTokenRejected(string error) =>
        new(nameof(FailureTokenRejected), error);

    public static ContractMessage FailureServerBusy(string error) =>
        new(nameof(FailureServerBusy), error);

    public static ContractMessage FailureRetriesExhausted(int attempts, string lastProblem) =>
        new(nameof(FailureRetriesExhausted), Text(attempts), lastProblem);

    /// <summary>The head of an API error's line: the endpoint and the code it answered.</summary>
    public static ContractMessage ApiErrorAnswered(string endpoint, int code) =>
        new(nameof(ApiErrorAnswered), endpoint, Text(code));

    /// <summary>An API error's line followed by the schema's hint of what to do.</summary>
    public static ContractMessage ApiErrorFix(string line, string hint) =>
        new(nameof(ApiErrorFix), line, hint);

    // Numbers are written the same whatever the culture, so both languages and both places say the same digits.
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A rule of one variant (a file of <c>type image</c>) names it last: the resource <c>{name}ForVariant</c>.</summary>
    private static ContractMessage ForVariant(string name, string? variant, params string[] arguments) =>
        variant is null ? new(name, arguments) : new(name + "ForVariant", [.. arguments, variant]);
}

/// <summary>
/// One violation's message as data: the resource that words it and the values it names. The runtime turns it into
/// text in the current UI culture (analyzers may not read it); the analyzers hand the values to a diagnostic whose message format is the same
/// resource, which the compiler words in the build's language.
/// </summary>
internal readonly struct ContractMessage(string name, params string[] arguments)
{
    /// <summary>The resource's name in <see cref="ContractMessages.Resources"/>.</summary>
    public string Name { get; } = name;

    /// <summary>The values for the resource's placeholders, in order.</summary>
    public string[] Arguments { get; } = arguments;

    /// <summary>The message in the language of <paramref name="culture"/>.</summary>
    public string ToString(CultureInfo culture) =>
        string.Format(culture, ContractMessages.Resources.GetString(Name, culture)!, (object[])Arguments);
}
