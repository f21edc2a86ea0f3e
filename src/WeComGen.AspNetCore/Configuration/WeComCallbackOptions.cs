using System;

namespace WeComGen.AspNetCore;

/// <summary>
/// The callback endpoint's settings, usually bound from configuration (<c>WeCom:Callback</c>, say).
/// <see cref="Token"/> and <see cref="EncodingAesKey"/> are secrets: keep them in a secret store, not in appsettings.json.
/// </summary>
public sealed class WeComCallbackOptions
{
    /// <summary>The callback Token from the admin console.</summary>
    public string Token { get; set; } = "";

    /// <summary>The callback EncodingAESKey from the admin console (43 characters; the configuration key <c>EncodingAESKey</c> binds too).</summary>
    public string EncodingAesKey { get; set; } = "";

    /// <summary>The corp id for a self-built app; the suite id for a third-party app.</summary>
    public string ReceiveId { get; set; } = "";

    /// <summary>The largest request body accepted (64 KiB by default).</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The largest ciphertext, and so decrypted message, accepted (48 KiB by default).</summary>
    public int MaxMessageBytes { get; set; } = 48 * 1024;

    /// <summary>When set, callbacks whose timestamp is further than this from now are refused. Off by default.</summary>
    public TimeSpan? TimestampTolerance { get; set; }

    /// <summary>
    /// How long a callback is remembered so that WeCom's retries of it are not dispatched again (2 minutes by
    /// default: WeCom retries within seconds, and a welcome code is worthless after 20).
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many callbacks may wait for a handler; when full, WeCom is answered 503 and retries later.</summary>
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>How many handlers run at once, so that one slow handler cannot make other welcome codes expire.</summary>
    public int MaxConcurrentHandlers { get; set; } = 32;

    /// <summary>
    /// How long a welcome code is valid after its callback arrived: the handler's cancellation token fires then.
    /// 20 seconds, as send_welcome_msg's contract says.
    /// </summary>
    public TimeSpan WelcomeCodeValidity { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a handler may run for a callback without a welcome code (1 minute by default).</summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Names the receive id only: the token and key stay hidden.</summary>
    public override string ToString() => $"WeComCallbackOptions(receive id {ReceiveId}, token and key hidden)";
}
