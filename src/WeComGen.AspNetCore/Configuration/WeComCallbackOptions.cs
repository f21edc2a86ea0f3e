using System;
using WeComGen.Callbacks;

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

    /// <summary>
    /// The callback cryptography's limits and replay window (configuration keys <c>Crypto:MaxBodyBytes</c>,
    /// <c>Crypto:MaxMessageBytes</c>, <c>Crypto:TimestampTolerance</c>). Its clock is always the app's
    /// <see cref="TimeProvider"/> service, the one the rest of the endpoint runs on.
    /// </summary>
    public CallbackCryptoOptions Crypto { get; set; } = new();

    /// <summary>
    /// How far WeCom's clock may be behind ours when a welcome code's window is bounded by its event's
    /// <c>CreateTime</c> (3 seconds by default): a code counts from the earlier of its callback's arrival and
    /// <c>CreateTime</c> plus this, so that WeCom's re-send of a callback does not get a fresh window.
    /// </summary>
    public TimeSpan CreateTimeAllowance { get; set; } = CallbackEventParser.DefaultCreateTimeAllowance;

    /// <summary>How long a request body may take to arrive (5 seconds by default: WeCom gives up on an answer after 5).</summary>
    public TimeSpan BodyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a callback is remembered so that WeCom's retries of it are not dispatched again (2 minutes by
    /// default: WeCom retries within seconds, and a welcome code is worthless after 20). A callback is also
    /// remembered for as long as its request could still pass the <see cref="CallbackCryptoOptions.TimestampTolerance"/>
    /// check, so a replay inside that window is not dispatched again either.
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many callbacks may wait for a handler; when full, WeCom is answered 503 and retries later.</summary>
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>How many handlers run at once, so that one slow handler cannot make other welcome codes expire.</summary>
    public int MaxConcurrentHandlers { get; set; } = 32;

    /// <summary>
    /// How long a welcome code is valid from its <see cref="Credentials.EventCode.ReceivedAt"/>: the handler's
    /// cancellation token fires then. <see langword="null"/> (the default) takes the validity the generated contract
    /// registers from its schema's <c>x-wecom-credential</c> (send_welcome_msg's says 20 seconds), looked up when
    /// each callback is dispatched; set it only to override the schema.
    /// </summary>
    public TimeSpan? WelcomeCodeValidity { get; set; }

    /// <summary>How long a handler may run for a callback without a welcome code (1 minute by default).</summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Names the receive id only: the token and key stay hidden.</summary>
    public override string ToString() => $"WeComCallbackOptions(receive id {ReceiveId}, token and key hidden)";
}
