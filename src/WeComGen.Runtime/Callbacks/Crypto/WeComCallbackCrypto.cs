using System;
using System.Globalization;

namespace WeComGen.Callbacks;

/// <summary>
/// WeCom's callback cryptography for one app: verifies and decrypts URL verifications and POSTed callbacks,
/// encrypts replies. Every failure is a <see cref="CallbackError"/>; the token and key never appear in any
/// text this type produces. Thread-safe.
/// </summary>
public sealed class WeComCallbackCrypto
{
    private readonly string _token;
    private readonly CallbackCipher _cipher;

    /// <summary>
    /// Creates the cryptography for an app; throws <see cref="CallbackException"/> (reason
    /// <see cref="CallbackErrorReason.InvalidKey"/> or <see cref="CallbackErrorReason.MissingField"/>) when the
    /// configuration is wrong. Use <see cref="Create"/> to get the error as a value instead.
    /// </summary>
    /// <param name="token">The callback Token from the admin console.</param>
    /// <param name="encodingAesKey">The callback EncodingAESKey from the admin console (43 characters).</param>
    /// <param name="receiveId">The corp id for a self-built app, the suite id for a third-party app.</param>
    /// <param name="options">Limits, clock and randomness; defaults when <see langword="null"/>.</param>
    public WeComCallbackCrypto(string token, string encodingAesKey, string receiveId, CallbackCryptoOptions? options = null)
        : this(Create(token, encodingAesKey, receiveId, options).Value)
    {
    }

    private WeComCallbackCrypto(WeComCallbackCrypto other)
        : this(other._token, other._cipher, other.ReceiveId, other.Options)
    {
    }

    private WeComCallbackCrypto(string token, CallbackCipher cipher, string receiveId, CallbackCryptoOptions options)
    {
        _token = token;
        _cipher = cipher;
        ReceiveId = receiveId;
        Options = options;
    }

    /// <summary>The id every decrypted message must name: the corp id, or the suite id for third-party apps.</summary>
    public string ReceiveId { get; }

    /// <summary>The limits, clock and randomness in use.</summary>
    public CallbackCryptoOptions Options { get; }

    /// <summary>Checks the configuration and creates the cryptography, or says what is wrong without quoting a secret.</summary>
    public static CallbackResult<WeComCallbackCrypto> Create(
        string? token, string? encodingAesKey, string? receiveId, CallbackCryptoOptions? options = null)
    {
        if (string.IsNullOrEmpty(token))
        {
            return CallbackResult.Fail(CallbackErrorReason.MissingField, "The callback Token is not configured.");
        }

        if (string.IsNullOrEmpty(receiveId))
        {
            return CallbackResult.Fail(CallbackErrorReason.MissingField, "The receive id (corp id, or suite id for a third-party app) is not configured.");
        }

        return CallbackKey.Parse(encodingAesKey)
            .Then(key => CallbackResult.Success(new WeComCallbackCrypto(token!, new CallbackCipher(key), receiveId!, options ?? new CallbackCryptoOptions())));
    }

    /// <summary>
    /// Answers a URL verification (<c>GET ?msg_signature&amp;timestamp&amp;nonce&amp;echostr</c>, values already
    /// URL-decoded): checks the signature over <paramref name="echostr"/> and returns its plaintext, which is
    /// the whole response body.
    /// </summary>
    public CallbackResult<string> VerifyUrl(string? msgSignature, string? timestamp, string? nonce, string? echostr) =>
        Decrypt(msgSignature, timestamp, nonce, echostr);

    /// <summary>
    /// Decrypts a POSTed callback: reads <c>Encrypt</c> from the <c>&lt;xml&gt;</c> <paramref name="body"/>, checks
    /// the signature over it and returns the decrypted XML.
    /// </summary>
    public CallbackResult<string> DecryptPost(string? msgSignature, string? timestamp, string? nonce, string? body)
    {
        if (body is null)
        {
            return CallbackResult.Fail(CallbackErrorReason.MissingField, "The request has no body.");
        }

        return SafeXml.ReadFields(body, Options.MaxBodyBytes, "request body")
            .Then(fields => Decrypt(msgSignature, timestamp, nonce, fields.Find("Encrypt")));
    }

    /// <summary>
    /// Checks <paramref name="msgSignature"/> over <paramref name="encrypt"/>, that <paramref name="timestamp"/> is a Unix
    /// time within <see cref="CallbackCryptoOptions.TimestampTolerance"/> of now (when set), then decrypts and checks the receive id.
    /// </summary>
    public CallbackResult<string> Decrypt(string? msgSignature, string? timestamp, string? nonce, string? encrypt)
    {
        if ((Missing(msgSignature, "msg_signature") ?? Missing(timestamp, "timestamp") ?? Missing(nonce, "nonce") ?? Missing(encrypt, "Encrypt"))
            is { } missing)
        {
            return missing;
        }

        if (!CallbackSignature.Matches(CallbackSignature.Compute(_token, timestamp!, nonce!, encrypt!), msgSignature!))
        {
            return CallbackResult.Fail(CallbackErrorReason.InvalidSignature, "msg_signature does not match the token, timestamp, nonce and ciphertext.");
        }

        if (CheckTimestamp(timestamp!) is { } badTimestamp)
        {
            return badTimestamp;
        }

        return _cipher.Decrypt(encrypt!, Options.MaxMessageBytes).Then(decrypted =>
            decrypted.ReceiveId == ReceiveId
                ? CallbackResult.Success(decrypted.Message)
                : CallbackResult.Fail(CallbackErrorReason.ReceiveIdMismatch, "The message is for another receive id than the one configured."));
    }

    /// <summary>Encrypts and signs <paramref name="message"/> with the given timestamp and nonce.</summary>
    public EncryptedMessage Encrypt(string message, string timestamp, string nonce)
    {
        var encrypt = _cipher.Encrypt(message, ReceiveId, Options.Random);
        return new EncryptedMessage(encrypt, CallbackSignature.Compute(_token, timestamp, nonce, encrypt), timestamp, nonce);
    }

    /// <summary>Encrypts and signs <paramref name="message"/> now (by <see cref="CallbackCryptoOptions.TimeProvider"/>) with a random nonce.</summary>
    public EncryptedMessage Encrypt(string message) =>
        Encrypt(message, NowUnixSeconds().ToString(CultureInfo.InvariantCulture), CallbackNonce.Next(Options.Random));

    /// <summary>
    /// An encrypted passive reply: <c>&lt;xml&gt;&lt;Encrypt/&gt;&lt;MsgSignature/&gt;&lt;TimeStamp/&gt;&lt;Nonce/&gt;&lt;/xml&gt;</c>
    /// around <paramref name="replyXml"/>.
    /// </summary>
    public string EncryptReply(string replyXml) => ReplyXml(Encrypt(replyXml));

    /// <summary>An encrypted passive reply with the given timestamp and nonce.</summary>
    public string EncryptReply(string replyXml, string timestamp, string nonce) => ReplyXml(Encrypt(replyXml, timestamp, nonce));

    /// <summary>Names the receive id only: the token and key stay hidden.</summary>
    public override string ToString() => $"WeComCallbackCrypto(receive id {ReceiveId}, token and key hidden)";

    private static string ReplyXml(EncryptedMessage message) =>
        CallbackXmlWriter.Write(
            new("Encrypt", message.Encrypt),
            new("MsgSignature", message.MsgSignature),
            new("TimeStamp", message.Timestamp, CData: false),
            new("Nonce", message.Nonce));

    private static CallbackError? Missing(string? value, string name) =>
        string.IsNullOrEmpty(value) ? CallbackResult.Fail(CallbackErrorReason.MissingField, $"{name} is missing or empty.") : null;

    /// <summary>The timestamp must be a Unix time and, with a window set, within it of now.</summary>
    private CallbackError? CheckTimestamp(string timestamp)
    {
        if (!CallbackTimestamp.TryParse(timestamp, out var sentAt))
        {
            return CallbackResult.Fail(CallbackErrorReason.InvalidTimestamp, "timestamp is not a Unix time in seconds.");
        }

        if (Options.TimestampTolerance is not { } tolerance)
        {
            return null;
        }

        var skew = (Options.TimeProvider.GetUtcNow() - sentAt).Duration();
        return skew > tolerance
            ? CallbackResult.Fail(CallbackErrorReason.StaleTimestamp, $"timestamp is {skew.TotalSeconds:0} s from now; the window is {tolerance.TotalSeconds:0} s.")
            : null;
    }

    private long NowUnixSeconds() => Options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
}
