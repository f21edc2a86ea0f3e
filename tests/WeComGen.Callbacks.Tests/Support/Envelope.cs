using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace WeComGen.Callbacks.Tests;

/// <summary>
/// An independent, test-side implementation of WeCom's envelope, free to build what the runtime must refuse:
/// any plaintext bytes encrypted raw, and signatures computed from the published formula.
/// </summary>
internal static class Envelope
{
    public static string Sign(string token, string timestamp, string nonce, string encrypt)
    {
        var parts = new[] { token, timestamp, nonce, encrypt };
        Array.Sort(parts, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
    }

    /// <summary>AES-256-CBC of <paramref name="plain"/> exactly as given (no padding added), base64.</summary>
    public static string EncryptRaw(string encodingAesKey, byte[] plain)
    {
        var key = Convert.FromBase64String(encodingAesKey + "=");
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>The raw plaintext of the scheme: 16 zero bytes, a length prefix (the real one unless given), message, receive id, padding.</summary>
    public static byte[] Plaintext(byte[] message, byte[] receiveId, uint? lengthPrefix = null, Func<int, byte[]>? padding = null)
    {
        var content = new byte[20 + message.Length + receiveId.Length];
        BinaryPrimitives.WriteUInt32BigEndian(content.AsSpan(16), lengthPrefix ?? (uint)message.Length);
        message.CopyTo(content, 20);
        receiveId.CopyTo(content, 20 + message.Length);
        var padLength = 32 - (content.Length % 32);
        var pad = padding?.Invoke(padLength) ?? Enumerable.Repeat((byte)padLength, padLength).ToArray();
        return [.. content, .. pad];
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
