using System;
using System.Security.Cryptography;
using System.Text;

namespace WeComGen.Callbacks;

/// <summary>
/// The envelope of WeCom's callback scheme: AES-256-CBC with the IV taken from the key, PKCS#7 padding to
/// 32-byte blocks, over 16 random bytes + a 4-byte big-endian message length + the message + the receive id.
/// </summary>
internal sealed class CallbackCipher(CallbackKey key)
{
    /// <summary>The scheme pads to 32-byte blocks, not to AES's 16.</summary>
    public const int PadBlock = 32;

    private const int RandomLength = 16;
    private const int HeaderLength = RandomLength + 4;
    private const int AesBlock = 16;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Encrypts <paramref name="message"/> for <paramref name="receiveId"/>; returns the base64 ciphertext.</summary>
    public string Encrypt(string message, string receiveId, RandomNumberGenerator random)
    {
        var messageBytes = StrictUtf8.GetBytes(message);
        var receiveIdBytes = StrictUtf8.GetBytes(receiveId);
        var contentLength = HeaderLength + messageBytes.Length + receiveIdBytes.Length;
        var pad = PadBlock - (contentLength % PadBlock);
        var plain = new byte[contentLength + pad];

        var prefix = new byte[RandomLength];
        random.GetBytes(prefix);
        prefix.CopyTo(plain, 0);
        WriteBigEndian(plain, RandomLength, messageBytes.Length);
        messageBytes.CopyTo(plain, HeaderLength);
        receiveIdBytes.CopyTo(plain, HeaderLength + messageBytes.Length);
        plain.AsSpan(contentLength).Fill((byte)pad);

        try
        {
            using var aes = CreateAes();
            using var encryptor = aes.CreateEncryptor();
            return Convert.ToBase64String(encryptor.TransformFinalBlock(plain, 0, plain.Length));
        }
        finally
        {
            Array.Clear(plain, 0, plain.Length);
        }
    }

    /// <summary>
    /// Decrypts <paramref name="encrypt"/> into its message and receive id, refusing ciphertexts above
    /// <paramref name="maxBytes"/>. Hands out nothing unless every check passed.
    /// </summary>
    public CallbackResult<(string Message, string ReceiveId)> Decrypt(string encrypt, int maxBytes)
    {
        if ((long)encrypt.Length * 3 / 4 > maxBytes)
        {
            return CallbackResult.Fail(CallbackErrorReason.TooLarge, $"The ciphertext is larger than the limit of {maxBytes} bytes.");
        }

        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(encrypt);
        }
        catch (FormatException)
        {
            return CallbackResult.Fail(CallbackErrorReason.InvalidBase64, "The ciphertext is not valid base64.");
        }

        if (cipher.Length == 0 || cipher.Length % AesBlock != 0)
        {
            return CallbackResult.Fail(
                CallbackErrorReason.InvalidCiphertext,
                $"The ciphertext has {cipher.Length} bytes, not a positive multiple of the {AesBlock}-byte AES block.");
        }

        byte[] plain;
        using (var aes = CreateAes())
        using (var decryptor = aes.CreateDecryptor())
        {
            plain = decryptor.TransformFinalBlock(cipher, 0, cipher.Length);
        }

        try
        {
            return Unwrap(plain);
        }
        finally
        {
            Array.Clear(plain, 0, plain.Length);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => "WeCom callback cipher (key hidden)";

    private static CallbackResult<(string Message, string ReceiveId)> Unwrap(byte[] plain)
    {
        int pad = plain[plain.Length - 1];
        if (pad < 1 || pad > PadBlock || pad > plain.Length || !AllEqual(plain, plain.Length - pad, (byte)pad))
        {
            return CallbackResult.Fail(CallbackErrorReason.InvalidPadding, "The decrypted padding is not valid PKCS#7 padding to 32-byte blocks.");
        }

        var contentLength = plain.Length - pad;
        if (contentLength < HeaderLength)
        {
            return CallbackResult.Fail(
                CallbackErrorReason.LengthOutOfRange,
                $"The plaintext has {contentLength} bytes, fewer than its {HeaderLength}-byte header.");
        }

        var messageLength = ReadBigEndian(plain, RandomLength);
        if (messageLength > (uint)(contentLength - HeaderLength))
        {
            return CallbackResult.Fail(
                CallbackErrorReason.LengthOutOfRange,
                $"The length prefix says {messageLength} bytes, but only {contentLength - HeaderLength} follow the header.");
        }

        try
        {
            var message = StrictUtf8.GetString(plain, HeaderLength, (int)messageLength);
            var receiveIdStart = HeaderLength + (int)messageLength;
            var receiveId = StrictUtf8.GetString(plain, receiveIdStart, contentLength - receiveIdStart);
            return CallbackResult.Success((message, receiveId));
        }
        catch (DecoderFallbackException)
        {
            return CallbackResult.Fail(CallbackErrorReason.InvalidEncoding, "The decrypted message or receive id is not valid UTF-8.");
        }
    }

    private static bool AllEqual(byte[] bytes, int start, byte value)
    {
        for (var i = start; i < bytes.Length; i++)
        {
            if (bytes[i] != value)
            {
                return false;
            }
        }

        return true;
    }

    private static uint ReadBigEndian(byte[] bytes, int offset) =>
        ((uint)bytes[offset] << 24) | ((uint)bytes[offset + 1] << 16) | ((uint)bytes[offset + 2] << 8) | bytes[offset + 3];

    private static void WriteBigEndian(byte[] bytes, int offset, int value)
    {
        bytes[offset] = (byte)(value >> 24);
        bytes[offset + 1] = (byte)(value >> 16);
        bytes[offset + 2] = (byte)(value >> 8);
        bytes[offset + 3] = (byte)value;
    }

    private Aes CreateAes()
    {
        var aes = Aes.Create();
        aes.Mode = CipherMode.CBC;
        aes.Padding = PaddingMode.None;
        aes.Key = key.Key;
        aes.IV = key.Iv;
        return aes;
    }
}
