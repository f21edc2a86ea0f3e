using System;
using System.Globalization;
using WeComGen.Tokens;

namespace WeComGen.Redis;

/// <summary>
/// An access token as the instances share it: <c>wecomgen-token/1</c>, when it expires and when it is due for a
/// refresh (Unix milliseconds), and the token, one per line. Nothing else is stored: not the secret, not the corp.
/// </summary>
internal sealed class StoredToken
{
    private const string Format = "wecomgen-token/1";

    private StoredToken(AccessToken token, DateTimeOffset refreshAt, string value)
    {
        Token = token;
        RefreshAt = refreshAt;
        Value = value;
    }

    public AccessToken Token { get; }

    public DateTimeOffset RefreshAt { get; }

    /// <summary>The stored text, for a compare-and-delete.</summary>
    public string Value { get; }

    public static StoredToken Create(AccessToken token, DateTimeOffset refreshAt) =>
        new(token, refreshAt, string.Join("\n", Format, token.ExpiresAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), refreshAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), token.Value));

    /// <summary>The token in <paramref name="value"/>, or <see langword="null"/> for anything WeComGen did not write whole.</summary>
    public static StoredToken? Read(string? value)
    {
        var parts = value?.Split('\n');
        if (parts is not [Format, var expires, var refresh, { Length: > 0 } token]
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt)
            || !long.TryParse(refresh, NumberStyles.None, CultureInfo.InvariantCulture, out var refreshAt)
            || refreshAt > expiresAt
            || expiresAt > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return null;
        }

        return new StoredToken(new AccessToken(token, DateTimeOffset.FromUnixTimeMilliseconds(expiresAt)), DateTimeOffset.FromUnixTimeMilliseconds(refreshAt), value!);
    }
}
