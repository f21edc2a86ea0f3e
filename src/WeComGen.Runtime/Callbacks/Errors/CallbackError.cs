namespace WeComGen.Callbacks;

/// <summary>Why a callback was refused, with a sentence for logs. Never carries a key, a token or plaintext.</summary>
/// <param name="Reason">The typed reason.</param>
/// <param name="Message">What was wrong, safe to log and to show.</param>
public sealed record CallbackError(CallbackErrorReason Reason, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Reason}: {Message}";
}
