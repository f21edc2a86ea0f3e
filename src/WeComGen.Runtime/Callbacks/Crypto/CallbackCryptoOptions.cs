using System;
using System.Security.Cryptography;

namespace WeComGen.Callbacks;

/// <summary>Limits, clock and randomness for <see cref="WeComCallbackCrypto"/>. Holds no secret.</summary>
public sealed class CallbackCryptoOptions
{
    /// <summary>
    /// The largest request body accepted, before anything is parsed or decrypted (64 KiB by default; a real
    /// callback is well under 4 KiB). A body given as a string is measured in characters, which never
    /// outnumber its UTF-8 bytes.
    /// </summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The largest ciphertext, and so plaintext, accepted (48 KiB by default).</summary>
    public int MaxMessageBytes { get; set; } = 48 * 1024;

    /// <summary>
    /// A request whose <c>timestamp</c> is further than this from now (either way) is refused as
    /// <see cref="CallbackErrorReason.StaleTimestamp"/>, so a captured request cannot be replayed later.
    /// 5 minutes by default: WeCom signs each delivery when it sends it and re-sends within about 20 seconds,
    /// and the rest is room for clocks apart. <see langword="null"/> turns the check off.
    /// </summary>
    public TimeSpan? TimestampTolerance { get; set; } = DefaultTimestampTolerance;

    /// <summary>The default <see cref="TimestampTolerance"/>: 5 minutes.</summary>
    public static TimeSpan DefaultTimestampTolerance { get; } = TimeSpan.FromMinutes(5);

    /// <summary>The clock for the freshness window and for reply timestamps.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The source of the 16 random bytes in each ciphertext and of reply nonces (a deterministic one in tests).</summary>
    public RandomNumberGenerator Random { get; set; } = RandomNumberGenerator.Create();
}
