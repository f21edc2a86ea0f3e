using System;

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

    /// <summary>Throws <see cref="ArgumentException"/> for settings that cannot work.</summary>
    public void Validate()
    {
        if (BaseAddress is { IsAbsoluteUri: false })
        {
            throw new ArgumentException("BaseAddress must be an absolute URI.", nameof(BaseAddress));
        }

        RequireNonNegative(CredentialSafetyMargin, nameof(CredentialSafetyMargin));
        RequireNonNegative(TokenRefreshMargin, nameof(TokenRefreshMargin));
        RequirePositive(AttemptTimeout, nameof(AttemptTimeout));
        RequirePositive(RetryBaseDelay, nameof(RetryBaseDelay));
        RequirePositive(ThrottledBaseDelay, nameof(ThrottledBaseDelay));
        if (RetryMaxDelay < RetryBaseDelay)
        {
            throw new ArgumentException("RetryMaxDelay must not be shorter than RetryBaseDelay.", nameof(RetryMaxDelay));
        }

        if (ThrottledMaxDelay < ThrottledBaseDelay)
        {
            throw new ArgumentException("ThrottledMaxDelay must not be shorter than ThrottledBaseDelay.", nameof(ThrottledMaxDelay));
        }

        if (MaxAttempts < 1)
        {
            throw new ArgumentException("MaxAttempts must be at least 1.", nameof(MaxAttempts));
        }
    }

    private static void RequireNonNegative(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero)
        {
            throw new ArgumentException($"{name} must not be negative.", name);
        }
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{name} must be positive.", name);
        }
    }
}
