using static WeComGen.Callbacks.Tests.OfficialVectors;

namespace WeComGen.Callbacks.Tests.Crypto;

public class OfficialVectorTests
{
    [Fact]
    public void Url_verification_decrypts_echostr_to_the_published_plaintext()
    {
        var echostr = Uri.UnescapeDataString(UrlVerification.EchoStrUrlEncoded);

        var result = CreateCrypto().VerifyUrl(UrlVerification.MsgSignature, UrlVerification.Timestamp, UrlVerification.Nonce, echostr);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(UrlVerification.Plaintext, result.Value);
    }

    [Fact]
    public void Post_decrypts_to_the_published_message()
    {
        var result = CreateCrypto().DecryptPost(Post.MsgSignature, Post.Timestamp, Post.Nonce, Post.Body);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(Post.Plaintext, result.Value);
    }

    [Fact]
    public void Encrypting_the_published_message_with_the_same_random_prefix_gives_the_published_ciphertext()
    {
        // The vector's first 16 plaintext bytes are its random prefix; replaying them must reproduce it byte for byte.
        var prefix = RandomPrefixOf(Post.Encrypt);
        var crypto = CreateCrypto(new CallbackCryptoOptions { Random = new ReplayRandom(prefix) });

        var encrypted = crypto.Encrypt(Post.Plaintext, Post.Timestamp, Post.Nonce);

        Assert.Equal(Post.Encrypt, encrypted.Encrypt);
        Assert.Equal(Post.MsgSignature, encrypted.MsgSignature);
    }

    [Fact]
    public void An_upper_case_signature_is_the_same_signature()
    {
        var result = CreateCrypto().DecryptPost(Post.MsgSignature.ToUpperInvariant(), Post.Timestamp, Post.Nonce, Post.Body);

        Assert.True(result.IsSuccess, result.ToString());
    }

    private static byte[] RandomPrefixOf(string encrypt)
    {
        var key = Convert.FromBase64String(EncodingAesKey + "=");
        using var aes = System.Security.Cryptography.Aes.Create();
        aes.Key = key;
        var plain = aes.DecryptCbc(Convert.FromBase64String(encrypt), key.AsSpan(0, 16), System.Security.Cryptography.PaddingMode.None);
        return plain[..16];
    }
}
