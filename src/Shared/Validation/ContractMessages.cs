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
