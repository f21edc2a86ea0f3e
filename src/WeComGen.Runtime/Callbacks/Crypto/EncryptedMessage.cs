namespace WeComGen.Callbacks;

/// <summary>A message encrypted and signed as WeCom does it.</summary>
/// <param name="Encrypt">The base64 ciphertext.</param>
/// <param name="MsgSignature">The lower-case hex signature over token, timestamp, nonce and ciphertext.</param>
/// <param name="Timestamp">The timestamp the signature covers.</param>
/// <param name="Nonce">The nonce the signature covers.</param>
public sealed record EncryptedMessage(string Encrypt, string MsgSignature, string Timestamp, string Nonce);
