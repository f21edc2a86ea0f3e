using Microsoft.Extensions.Time.Testing;
using static WeComGen.Callbacks.Tests.OfficialVectors;

namespace WeComGen.Callbacks.Tests.Crypto;

/// <summary>Every way a callback can be wrong ends in its own typed error, and hands out no plaintext.</summary>
public class TamperingTests
{
    private static readonly WeComCallbackCrypto Vector = CreateCrypto();

    [Theory]
    [InlineData("msg_signature")]
    [InlineData("timestamp")]
    [InlineData("nonce")]
    [InlineData("Encrypt")]
    public void One_changed_character_in_any_signed_field_is_a_bad_signature(string field)
    {
        string Tamper(string name, string value) => name == field ? ChangeOneCharacter(value) : value;

        var result = Vector.Decrypt(
            Tamper("msg_signature", Post.MsgSignature),
            Tamper("timestamp", Post.Timestamp),
            Tamper("nonce", Post.Nonce),
            Tamper("Encrypt", Post.Encrypt));

        CallbackAssert.Fails(CallbackErrorReason.InvalidSignature, result);
    }

    [Fact]
    public void Another_token_is_a_bad_signature() =>
        CallbackAssert.Fails(
            CallbackErrorReason.InvalidSignature,
            new WeComCallbackCrypto("QDG6eL", EncodingAesKey, ReceiveId, AtSigningTime()).DecryptPost(Post.MsgSignature, Post.Timestamp, Post.Nonce, Post.Body));

    [Fact]
    public void Another_key_fails_to_decrypt()
    {
        var otherKey = new WeComCallbackCrypto(Token, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", ReceiveId, AtSigningTime());

        var result = otherKey.DecryptPost(Post.MsgSignature, Post.Timestamp, Post.Nonce, Post.Body);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Error.Reason, new[]
        {
            CallbackErrorReason.InvalidPadding, CallbackErrorReason.LengthOutOfRange,
            CallbackErrorReason.InvalidEncoding, CallbackErrorReason.ReceiveIdMismatch,
        });
    }

    [Fact]
    public void Another_receive_id_is_a_receive_id_mismatch() =>
        CallbackAssert.Fails(
            CallbackErrorReason.ReceiveIdMismatch,
            new WeComCallbackCrypto(Token, EncodingAesKey, "wx5823bf96d3bd56c8", AtSigningTime()).DecryptPost(Post.MsgSignature, Post.Timestamp, Post.Nonce, Post.Body));

    [Fact]
    public void A_ciphertext_cut_by_a_whole_block_has_bad_padding()
    {
        var cipher = Convert.FromBase64String(Post.Encrypt);

        CallbackAssert.Fails(CallbackErrorReason.InvalidPadding, DecryptSigned(Convert.ToBase64String(cipher[..^16])));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(15)]
    public void A_ciphertext_cut_inside_a_block_is_not_a_ciphertext(int cut)
    {
        var cipher = Convert.FromBase64String(Post.Encrypt);

        CallbackAssert.Fails(CallbackErrorReason.InvalidCiphertext, DecryptSigned(Convert.ToBase64String(cipher[..^cut])));
    }

    [Fact]
    public void An_empty_ciphertext_is_missing() =>
        CallbackAssert.Fails(CallbackErrorReason.MissingField, Vector.Decrypt(Post.MsgSignature, Post.Timestamp, Post.Nonce, ""));

    [Fact]
    public void A_ciphertext_that_is_not_base64_is_bad_base64() =>
        CallbackAssert.Fails(CallbackErrorReason.InvalidBase64, DecryptSigned("not*base64!"));

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    [InlineData(255)]
    public void A_pad_byte_outside_1_to_32_is_bad_padding(int padByte) =>
        CallbackAssert.Fails(
            CallbackErrorReason.InvalidPadding,
            DecryptRaw(Envelope.Plaintext(Envelope.Utf8("hi"), Envelope.Utf8(ReceiveId), padding: n => [.. new byte[n - 1], (byte)padByte])));

    [Fact]
    public void Pad_bytes_that_differ_are_bad_padding() =>
        CallbackAssert.Fails(
            CallbackErrorReason.InvalidPadding,
            DecryptRaw(Envelope.Plaintext(Envelope.Utf8("hi"), Envelope.Utf8(ReceiveId), padding: n => [.. Enumerable.Repeat((byte)n, n - 2), 7, (byte)n])));

    [Theory]
    [InlineData(1u)]
    [InlineData(1000u)]
    [InlineData(uint.MaxValue)]
    public void A_length_prefix_past_the_end_is_out_of_range(uint excess)
    {
        var message = Envelope.Utf8("<xml/>");
        var available = message.Length + ReceiveId.Length;
        var prefix = (uint)Math.Min((long)available + excess, uint.MaxValue);

        CallbackAssert.Fails(CallbackErrorReason.LengthOutOfRange, DecryptRaw(Envelope.Plaintext(message, Envelope.Utf8(ReceiveId), lengthPrefix: prefix)));
    }

    [Fact]
    public void A_plaintext_shorter_than_its_header_is_out_of_range() =>
        CallbackAssert.Fails(
            CallbackErrorReason.LengthOutOfRange,
            DecryptRaw([.. new byte[10], .. Enumerable.Repeat((byte)22, 22)]));

    [Fact]
    public void A_message_that_is_not_utf8_is_a_bad_encoding() =>
        CallbackAssert.Fails(CallbackErrorReason.InvalidEncoding, DecryptRaw(Envelope.Plaintext([0xC3, 0x28], Envelope.Utf8(ReceiveId))));

    [Fact]
    public void A_ciphertext_over_the_limit_is_too_large()
    {
        var crypto = CreateCrypto(new CallbackCryptoOptions { MaxMessageBytes = 64, TimeProvider = new FakeTimeProvider(SignedAt) });

        CallbackAssert.Fails(CallbackErrorReason.TooLarge, crypto.Decrypt(Post.MsgSignature, Post.Timestamp, Post.Nonce, Post.Encrypt));
    }

    [Fact]
    public void A_body_over_the_limit_is_too_large()
    {
        var crypto = CreateCrypto(new CallbackCryptoOptions { MaxBodyBytes = 100, TimeProvider = new FakeTimeProvider(SignedAt) });

        CallbackAssert.Fails(CallbackErrorReason.TooLarge, crypto.DecryptPost(Post.MsgSignature, Post.Timestamp, Post.Nonce, Post.Body));
    }

    [Theory]
    [InlineData(null, Post.Timestamp, Post.Nonce)]
    [InlineData(Post.MsgSignature, "", Post.Nonce)]
    [InlineData(Post.MsgSignature, Post.Timestamp, null)]
    public void A_missing_query_parameter_is_missing(string? signature, string? timestamp, string? nonce) =>
        CallbackAssert.Fails(CallbackErrorReason.MissingField, Vector.DecryptPost(signature, timestamp, nonce, Post.Body));

    [Fact]
    public void A_body_without_Encrypt_is_missing() =>
        CallbackAssert.Fails(
            CallbackErrorReason.MissingField,
            Vector.DecryptPost(Post.MsgSignature, Post.Timestamp, Post.Nonce, "<xml><ToUserName>wx5823bf96d3bd56c7</ToUserName></xml>"));

    [Theory]
    [InlineData("")]
    [InlineData("<xml><Encrypt>")]
    [InlineData("<root><Encrypt>abc</Encrypt></root>")]
    [InlineData("just text")]
    public void A_body_that_is_not_the_xml_envelope_is_malformed(string body) =>
        CallbackAssert.Fails(CallbackErrorReason.MalformedXml, Vector.DecryptPost(Post.MsgSignature, Post.Timestamp, Post.Nonce, body));

    private static CallbackResult<string> DecryptSigned(string encrypt) =>
        Vector.Decrypt(Envelope.Sign(Token, Post.Timestamp, Post.Nonce, encrypt), Post.Timestamp, Post.Nonce, encrypt);

    private static CallbackResult<string> DecryptRaw(byte[] plain) => DecryptSigned(Envelope.EncryptRaw(EncodingAesKey, plain));

    private static string ChangeOneCharacter(string value) =>
        value[..^3] + (value[^3] == 'a' ? 'b' : 'a') + value[^2..];
}
