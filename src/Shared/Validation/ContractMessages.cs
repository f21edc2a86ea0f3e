namespace WeComGen.Validation;

/// <summary>
/// The wording of every contract violation. The runtime validator and the compile-time analyzers both
/// compile this file, so a mistake reads the same in a build log and in an exception.
/// </summary>
internal static class ContractMessages
{
    public static string Required(string member) =>
        $"{member} is required by the contract but is not set";

    public static string TooManyItems(string member, int count, int limit) =>
        $"{member} has {count} items; the contract allows at most {limit}";

    public static string TooFewItems(string member, int count, int limit) =>
        $"{member} has {count} items; the contract requires at least {limit}";

    public static string TooManyUtf8Bytes(string member, int bytes, int characters, int limit) =>
        $"{member} is {bytes} UTF-8 bytes ({characters} characters); the contract allows at most {limit} bytes";

    public static string TooShort(string member, int characters, int limit) =>
        $"{member} has {characters} characters; the contract requires at least {limit}";

    public static string TooLong(string member, int characters, int limit) =>
        $"{member} has {characters} characters; the contract allows at most {limit}";

    public static string PatternMismatch(string member, string pattern) =>
        $"{member} does not match the contract pattern {pattern}";

    public static string HintMismatch(string member, string hint) =>
        $"{member} looks wrong: {hint}";

    public static string DiscriminatorMismatch(string member, string declared, string payload) =>
        $"{member} is \"{declared}\" but the {payload} payload is set";

    public static string VariantMissing(string member, string declared) =>
        $"{member} is \"{declared}\" but its {declared} payload is not set";

    public static string SeveralVariants(string owner, string payloads) =>
        $"{owner} sets several payloads ({payloads}); the contract allows exactly one";

    public static string NoneOf(string owner, string members) =>
        $"{owner} sets none of {members}; the contract requires at least one";

    public static string Ignored(string owner, string ignored, string preferred) =>
        $"{owner} sets both {preferred} and {ignored}; {preferred} is used and {ignored} is ignored";

    public static string UnknownVariant(string member, string value) =>
        $"{member} is \"{value}\", which the contract does not define";

    public static string ConstantCredential(string member, int validitySeconds) =>
        $"{member} is issued with each event and valid for {validitySeconds} seconds; a constant value is always wrong";

    public static string FileTooSmall(string member, long bytes, long limit, string? variant) =>
        $"{member} is {bytes} bytes; the contract requires at least {limit} bytes{ForVariant(variant)}";

    public static string FileTooLarge(string member, long bytes, long limit, string? variant) =>
        $"{member} is {bytes} bytes; the contract allows at most {limit} bytes{ForVariant(variant)}";

    public static string FileLargerThan(string member, long limit, string? variant) =>
        $"{member} is more than {limit} bytes; the contract allows at most {limit} bytes{ForVariant(variant)}";

    public static string FileContentMismatch(string member, string? recognised, string allowed, string? variant) =>
        $"{member} holds {recognised ?? "content of no accepted type"}; the contract requires {allowed}{ForVariant(variant)}";

    private static string ForVariant(string? variant) => variant is null ? string.Empty : $" for {variant}";
}
