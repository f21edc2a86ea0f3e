namespace WeComGen.Endpoints;

/// <summary>One row of the schema's error table.</summary>
/// <param name="Code">The <c>errcode</c>.</param>
/// <param name="Name">The C# name of the code (<c>AlreadyDelivered</c>).</param>
/// <param name="ErrMsg">The <c>errmsg</c> the server sends with it, when known.</param>
/// <param name="Meaning">What it means, as the documentation says it (Chinese and English).</param>
/// <param name="Action">What a client must do about it.</param>
/// <param name="Hint">What a person should do about it, for error messages; <see langword="null"/> when the meaning says it.</param>
/// <param name="RetryLimit">How many retries the documentation allows at most, when it sets a limit.</param>
public sealed record ErrorCodeInfo(
    int Code,
    string Name,
    string? ErrMsg,
    string Meaning,
    ErrorAction Action,
    string? Hint = null,
    int? RetryLimit = null);
