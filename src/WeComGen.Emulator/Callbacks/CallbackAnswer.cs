using System.Net;

namespace WeComGen.Emulator.Callbacks;

/// <summary>What a callback URL answered to a callback the emulator pushed.</summary>
/// <param name="StatusCode">The HTTP status; <see langword="null"/> when no answer came (see <paramref name="Problem"/>).</param>
/// <param name="Body">The response body as text; empty when there was none.</param>
/// <param name="Problem">Why no answer came (refused connection, timeout); <see langword="null"/> when one did.</param>
public sealed record CallbackAnswer(HttpStatusCode? StatusCode, string Body, string? Problem)
{
    /// <summary>Whether WeCom would take the callback as received: HTTP 200, so it does not retry.</summary>
    public bool Accepted => StatusCode == HttpStatusCode.OK;

    /// <inheritdoc/>
    public override string ToString() => StatusCode is { } status ? $"{(int)status} {Body}" : $"no answer: {Problem}";
}
