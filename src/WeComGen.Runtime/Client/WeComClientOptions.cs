using System;
using System.Collections.Generic;
using System.Linq;

namespace WeComGen.Client;

/// <summary>
/// Settings of a <see cref="WeComClient"/> and of the access-token cache it uses. Bindable from configuration
/// (see <c>services.AddWeComClient(configuration)</c>).
/// </summary>
public sealed class WeComClientOptions
{
    /// <summary>The corp's ID (我的企业 &gt; 企业信息), for <c>gettoken</c>.</summary>
    public string CorpId { get; set; } = string.Empty;

    /// <summary>The app's secret, for <c>gettoken</c>. Never logged nor shown in messages.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>
    /// Where the API lives when not where the schema says: a proxy or an emulator. A path prefix is kept. Unset, each
    /// endpoint is called at its schema's <c>x-wecom-base-address</c>, and <c>gettoken</c> at the one base address the
    /// loaded contracts name.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// How long before an event credential expires the client stops sending it, to leave room for the
    /// network and clock skew. Deadline = received + validity - margin.
    /// </summary>
    public TimeSpan CredentialSafetyMargin { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long before its <c>expires_in</c> a cached access token is refreshed.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest one HTTP attempt may take; it is also cut short by the credential's deadline.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest one attempt of a multipart upload may take, the file's bytes included; it is also cut short by the
    /// credential's deadline. Longer than <see cref="AttemptTimeout"/>: 20 MB take 16 s at 10 Mbit/s.
    /// </summary>
    public TimeSpan UploadAttemptTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The first backoff after a transient problem; doubled per retry, jittered.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest backoff after a transient problem.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The first backoff after a rate limit (action <c>throttled</c>, HTTP 429); doubled per retry, jittered.</summary>
    public TimeSpan ThrottledBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff after a rate limit.</summary>
    public TimeSpan ThrottledMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The most HTTP attempts one call makes, whatever the deadline; bounds calls without an event credential.
    /// The error table's per-code <c>retryLimit</c> applies as well.
    /// </summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Throws <see cref="ArgumentException"/>, naming the setting, for the first setting that cannot work.</summary>
    public void Validate() => ThrowOnFirst(Checks());

    /// <summary>
    /// What is wrong with these settings, one message per setting that cannot work; each names the setting and never
    /// quotes its value. Empty when they can work. <paramref name="requireCredentials"/> adds CorpId and Secret, which
    /// only calling <c>gettoken</c> needs (a client with a token source of its own does not).
    /// </summary>
    public IReadOnlyList<string> Problems(bool requireCredentials)
    {
        var checks = requireCredentials ? CredentialChecks().Concat(Checks()) : Checks();
        return checks.Select(problem => problem.Message).ToArray();
    }

    private static void ThrowOnFirst(IEnumerable<(string Setting, string Message)> checks)
    {
        if (checks.FirstOrDefault() is ({ } setting, { } message))
        {
            throw new ArgumentException(message, setting);
        }
    }

    private IEnumerable<(string Setting, string Message)> CredentialChecks()
    {
        if (string.IsNullOrWhiteSpace(CorpId))
        {
            yield return (nameof(CorpId), "CorpId must be set to call gettoken.");
        }

        if (string.IsNullOrWhiteSpace(Secret))
        {
            yield return (nameof(Secret), "Secret must be set to call gettoken.");
        }
    }

    private IEnumerable<(string Setting, string Message)> Checks()
    {
        if (BaseAddress is { IsAbsoluteUri: false })
        {
            yield return (nameof(BaseAddress), "BaseAddress must be an absolute URI.");
        }

        foreach (var problem in NonNegative(CredentialSafetyMargin, nameof(CredentialSafetyMargin))
            .Concat(NonNegative(TokenRefreshMargin, nameof(TokenRefreshMargin)))
            .Concat(Positive(AttemptTimeout, nameof(AttemptTimeout)))
            .Concat(Positive(UploadAttemptTimeout, nameof(UploadAttemptTimeout)))
            .Concat(Positive(RetryBaseDelay, nameof(RetryBaseDelay)))
            .Concat(Positive(ThrottledBaseDelay, nameof(ThrottledBaseDelay))))
        {
            yield return problem;
        }

        if (RetryMaxDelay < RetryBaseDelay)
        {
            yield return (nameof(RetryMaxDelay), "RetryMaxDelay must not be shorter than RetryBaseDelay.");
        }

        if (ThrottledMaxDelay < ThrottledBaseDelay)
        {
            yield return (nameof(ThrottledMaxDelay), "ThrottledMaxDelay must not be shorter than ThrottledBaseDelay.");
        }

        if (MaxAttempts < 1)
        {
            yield return (nameof(MaxAttempts), "MaxAttempts must be at least 1.");
        }
    }

    private static IEnumerable<(string Setting, string Message)> NonNegative(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero)
        {
            yield return (name, $"{name} must not be negative.");
        }
    }

    private static IEnumerable<(string Setting, string Message)> Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            yield return (name, $"{name} must be positive.");
        }
    }
}
