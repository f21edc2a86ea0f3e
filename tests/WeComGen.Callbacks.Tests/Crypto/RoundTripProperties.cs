using CsCheck;

namespace WeComGen.Callbacks.Tests.Crypto;

/// <summary>Properties over random keys, tokens, receive ids and messages, and over arbitrary input.</summary>
public class RoundTripProperties
{
    private const string Base64Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static readonly Gen<string> EncodingAesKey = Gen.String[Gen.Char[Base64Letters], 43, 43];
    private static readonly Gen<string> Token = Gen.String[Gen.Char.AlphaNumeric, 1, 32];
    private static readonly Gen<string> ReceiveId = Gen.String[Gen.Char.AlphaNumeric, 1, 40];
    private static readonly Gen<string> Digits = Gen.String[Gen.Char["0123456789"], 1, 12];

    /// <summary>Unix times in seconds: up to 11 digits stays inside the years a <see cref="DateTimeOffset"/> holds.</summary>
    private static readonly Gen<string> Timestamp = Gen.String[Gen.Char["0123456789"], 1, 11];

    /// <summary>Any text without lone surrogates: what UTF-8 can carry.</summary>
    private static readonly Gen<string> Message = Gen.String.Where(s => !HasLoneSurrogate(s));

    [Fact]
    public void Whatever_is_encrypted_decrypts_to_itself() =>
        Gen.Select(EncodingAesKey, Token, ReceiveId, Message, Timestamp, Digits).Sample((key, token, receiveId, message, timestamp, nonce) =>
        {
            var crypto = new WeComCallbackCrypto(token, key, receiveId, OfficialVectors.WithoutReplayWindow());
            var encrypted = crypto.Encrypt(message, timestamp, nonce);

            var decrypted = crypto.Decrypt(encrypted.MsgSignature, encrypted.Timestamp, encrypted.Nonce, encrypted.Encrypt);

            Assert.True(decrypted.IsSuccess, decrypted.ToString());
            Assert.Equal(message, decrypted.Value);
        });

    [Fact]
    public void Every_ciphertext_is_whole_32_byte_blocks() =>
        Gen.Select(EncodingAesKey, ReceiveId, Message).Sample((key, receiveId, message) =>
            Convert.FromBase64String(new WeComCallbackCrypto("t", key, receiveId).Encrypt(message, "1", "2").Encrypt).Length % 32 == 0);

    [Fact]
    public void Whatever_is_encrypted_for_one_receive_id_is_refused_by_another() =>
        Gen.Select(EncodingAesKey, ReceiveId, ReceiveId, Message).Where((_, a, b, _) => a != b).Sample((key, receiveId, other, message) =>
        {
            var encrypted = new WeComCallbackCrypto("t", key, receiveId).Encrypt(message, "1", "2");

            var result = new WeComCallbackCrypto("t", key, other, OfficialVectors.WithoutReplayWindow()).Decrypt(encrypted.MsgSignature, "1", "2", encrypted.Encrypt);

            Assert.Equal(CallbackErrorReason.ReceiveIdMismatch, result.Error?.Reason);
        });

    [Fact]
    public void Arbitrary_signed_ciphertext_bytes_give_a_result_never_an_exception() =>
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            var crypto = OfficialVectors.CreateCrypto(OfficialVectors.WithoutReplayWindow());
            var encrypt = Convert.ToBase64String(bytes);

            var result = crypto.Decrypt(Envelope.Sign(OfficialVectors.Token, "1", "2", encrypt), "1", "2", encrypt);

            Assert.True(result.IsSuccess || Enum.IsDefined(result.Error.Reason));
        });

    [Fact]
    public void Arbitrary_request_strings_give_a_typed_error_never_an_exception() =>
        Gen.Select(Gen.String, Gen.String, Gen.String, Gen.String).Sample((signature, timestamp, nonce, body) =>
        {
            var crypto = OfficialVectors.CreateCrypto();

            Assert.False(crypto.DecryptPost(signature, timestamp, nonce, body).IsSuccess);
            Assert.False(crypto.VerifyUrl(signature, timestamp, nonce, body).IsSuccess);
        });

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
