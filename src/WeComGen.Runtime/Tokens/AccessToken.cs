using System;

namespace WeComGen.Tokens;

/// <summary>An access token from <c>gettoken</c>. Its <see cref="ToString"/> never shows the value.</summary>
/// <param name="value">The token, as sent in the <c>access_token</c> query parameter.</param>
/// <param name="expiresAt">When the server said it expires (issue time plus <c>expires_in</c>).</param>
public sealed class AccessToken(string value, DateTimeOffset expiresAt)
{
    /// <summary>The token itself: a secret.</summary>
    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>When the server said it expires; WeCom may revoke it earlier.</summary>
    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    /// <inheritdoc/>
    public override string ToString() => $"access token (expires {ExpiresAt:O})";
}
