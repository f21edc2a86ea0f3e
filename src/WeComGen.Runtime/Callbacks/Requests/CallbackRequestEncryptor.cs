using System;
using System.Collections.Generic;
using System.Linq;

namespace WeComGen.Callbacks;

/// <summary>
/// Builds the requests WeCom sends to a callback URL, encrypted and signed with an app's token and key: for an
/// emulator or a test that plays WeCom's part. The counterpart of <see cref="WeComCallbackCrypto.DecryptPost"/>
/// and <see cref="WeComCallbackCrypto.VerifyUrl"/>.
/// </summary>
public sealed class CallbackRequestEncryptor
{
    private readonly WeComCallbackCrypto _crypto;

    /// <summary>Encrypts with <paramref name="crypto"/> (its clock and random source give timestamps and nonces).</summary>
    public CallbackRequestEncryptor(WeComCallbackCrypto crypto) =>
        _crypto = crypto ?? throw new ArgumentNullException(nameof(crypto));

    /// <summary>
    /// A POST carrying <paramref name="messageXml"/> (a decrypted callback, such as one from
    /// <see cref="CallbackEventXml"/>): body <c>&lt;xml&gt;&lt;ToUserName/&gt;&lt;AgentID/&gt;&lt;Encrypt/&gt;&lt;/xml&gt;</c>,
    /// signature, timestamp and nonce in the query string.
    /// </summary>
    /// <param name="messageXml">The plaintext callback.</param>
    /// <param name="agentId">The app's AgentID, when the body should name it.</param>
    public EncryptedCallbackRequest Post(string messageXml, string? agentId = null)
    {
        var message = _crypto.Encrypt(messageXml);
        var elements = new List<CallbackXmlWriter.Element> { new("ToUserName", _crypto.ReceiveId) };
        if (agentId is not null)
        {
            elements.Add(new("AgentID", agentId));
        }

        elements.Add(new("Encrypt", message.Encrypt));
        return new EncryptedCallbackRequest("POST", Query(message), CallbackXmlWriter.Write(elements.ToArray()));
    }

    /// <summary>A URL verification: a GET whose <c>echostr</c> decrypts to <paramref name="echo"/>, the expected answer.</summary>
    public EncryptedCallbackRequest UrlVerification(string echo)
    {
        var message = _crypto.Encrypt(echo);
        return new EncryptedCallbackRequest("GET", Query(message, ("echostr", message.Encrypt)), null);
    }

    private static string Query(EncryptedMessage message, params (string Name, string Value)[] extra) =>
        "?" + string.Join(
            "&",
            new[] { ("msg_signature", message.MsgSignature), ("timestamp", message.Timestamp), ("nonce", message.Nonce) }
                .Concat(extra)
                .Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2)));
}
