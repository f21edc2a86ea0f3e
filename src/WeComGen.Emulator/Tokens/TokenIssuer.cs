using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.Tokens;

/// <summary>
/// Issues access tokens as <c>gettoken</c> does: one current token per app, returned again while it is valid,
/// expiring after the configured lifetime, revocable early.
/// </summary>
internal sealed class TokenIssuer(WeComEmulatorOptions options)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, IssuedToken> _byValue = new(StringComparer.Ordinal);
    private readonly Dictionary<EmulatedApp, IssuedToken> _current = [];
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Counts a call of gettoken, faulted or not.</summary>
    public void RecordCall() => Interlocked.Increment(ref _calls);

    public TokenAnswer Issue(string? corpId, string? secret)
    {
        if (corpId != options.CorpId)
        {
            return TokenAnswer.Refused(WeComErrorCode.InvalidCorpId);
        }

        var app = options.Apps.FirstOrDefault(a => a.Secret == secret);
        if (app is null)
        {
            return TokenAnswer.Refused(WeComErrorCode.InvalidSecret);
        }

        var now = options.Time.GetUtcNow();
        lock (_gate)
        {
            if (!_current.TryGetValue(app, out var token) || token.Revoked || token.ExpiresAt <= now)
            {
                token = new IssuedToken(app, NewValue(), now + options.TokenLifetime);
                _current[app] = token;
                _byValue[token.Value] = token;
            }

            return TokenAnswer.Issued(token.Value, (int)Math.Ceiling((token.ExpiresAt - now).TotalSeconds));
        }
    }

    /// <summary>Which app a token belongs to, or the error code WeCom answers for it.</summary>
    public (EmulatedApp? App, WeComErrorCode Code) Check(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return (null, WeComErrorCode.AccessTokenMissing);
        }

        lock (_gate)
        {
            if (!_byValue.TryGetValue(value!, out var token) || token.Revoked)
            {
                return (null, WeComErrorCode.InvalidAccessToken);
            }

            return token.ExpiresAt <= options.Time.GetUtcNow() ? (null, WeComErrorCode.AccessTokenExpired) : (token.App, WeComErrorCode.Ok);
        }
    }

    public void RevokeAll()
    {
        lock (_gate)
        {
            foreach (var token in _byValue.Values)
            {
                token.Revoked = true;
            }
        }
    }

    private static string NewValue() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).Replace('+', '-').Replace('/', '_');

    private sealed class IssuedToken(EmulatedApp app, string value, DateTimeOffset expiresAt)
    {
        public EmulatedApp App { get; } = app;

        public string Value { get; } = value;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public bool Revoked { get; set; }
    }
}

/// <summary>What <c>gettoken</c> answers.</summary>
internal readonly record struct TokenAnswer(WeComErrorCode Code, string? AccessToken, int ExpiresIn)
{
    public static TokenAnswer Issued(string token, int expiresIn) => new(WeComErrorCode.Ok, token, expiresIn);

    public static TokenAnswer Refused(WeComErrorCode code) => new(code, null, 0);
}
