using Microsoft.Extensions.Time.Testing;
using static WeComGen.Callbacks.Tests.OfficialVectors;

namespace WeComGen.Callbacks.Tests.Crypto;

public class ConfigurationTests
{
    [Theory]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2")]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2CC")]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B-C")]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2=")]
    [InlineData("")]
    [InlineData(null)]
    public void An_EncodingAESKey_that_is_not_43_base64_letters_is_a_bad_key_and_is_never_quoted(string? key)
    {
        var result = WeComCallbackCrypto.Create(Token, key, ReceiveId);

        Assert.False(result.IsSuccess);
        Assert.Equal(CallbackErrorReason.InvalidKey, result.Error.Reason);
        if (!string.IsNullOrEmpty(key))
        {
            Assert.DoesNotContain(key, result.Error.Message);
        }

        var thrown = Assert.Throws<CallbackException>(() => new WeComCallbackCrypto(Token, key!, ReceiveId));
        Assert.Equal(CallbackErrorReason.InvalidKey, thrown.Reason);
    }

    [Theory]
    [InlineData(null, ReceiveId)]
    [InlineData(Token, "")]
    public void A_missing_token_or_receive_id_is_missing(string? token, string? receiveId) =>
        Assert.Equal(CallbackErrorReason.MissingField, WeComCallbackCrypto.Create(token, EncodingAesKey, receiveId).Error!.Reason);

    [Fact]
    public void The_crypto_names_its_receive_id_and_hides_token_and_key()
    {
        var text = CreateCrypto().ToString();

        Assert.Contains(ReceiveId, text);
        Assert.DoesNotContain(Token, text);
        Assert.DoesNotContain(EncodingAesKey, text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(299)]
    [InlineData(-299)]
    public void A_timestamp_inside_the_freshness_window_is_accepted(int secondsFromNow)
    {
        var crypto = CryptoAt(long.Parse(Post.Timestamp) + secondsFromNow, TimeSpan.FromMinutes(5));

        Assert.True(crypto.DecryptPost(Post.MsgSignature, Post.Timestamp, Post.Nonce, Post.Body).IsSuccess);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void A_timestamp_outside_the_freshness_window_is_stale(int secondsFromNow)
    {
        var crypto = CryptoAt(long.Parse(Post.Timestamp) + secondsFromNow, TimeSpan.FromMinutes(5));

        CallbackAssert.Fails(
            CallbackErrorReason.StaleTimestamp, crypto.DecryptPost(Post.MsgSignature, Post.Timestamp, Post.Nonce, Post.Body));
    }

    [Fact]
    public void By_default_a_request_signed_more_than_five_minutes_ago_is_stale()
    {
        var crypto = CreateCrypto(new CallbackCryptoOptions { TimeProvider = new FakeTimeProvider(SignedAt.AddMinutes(5).AddSeconds(1)) });

        CallbackAssert.Fails(
            CallbackErrorReason.StaleTimestamp, crypto.DecryptPost(Post.MsgSignature, Post.Timestamp, Post.Nonce, Post.Body));
    }

    [Fact]
    public void With_the_replay_window_switched_off_an_old_timestamp_is_accepted() =>
        Assert.True(CreateCrypto(new CallbackCryptoOptions { TimestampTolerance = null })
            .DecryptPost(Post.MsgSignature, Post.Timestamp, Post.Nonce, Post.Body).IsSuccess);

    [Theory]
    [InlineData("notanumber", 5)]
    [InlineData("notanumber", null)]
    [InlineData("-1409659813", null)]
    [InlineData(" 1409659813", 5)]
    [InlineData("99999999999999999999", null)]
    public void A_signed_timestamp_that_is_not_a_unix_time_is_invalid_with_or_without_a_window(string timestamp, int? windowMinutes)
    {
        var crypto = CreateCrypto(new CallbackCryptoOptions
        {
            TimestampTolerance = windowMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
            TimeProvider = new FakeTimeProvider(SignedAt),
        });

        CallbackAssert.Fails(
            CallbackErrorReason.InvalidTimestamp,
            crypto.Decrypt(Envelope.Sign(Token, timestamp, Post.Nonce, Post.Encrypt), timestamp, Post.Nonce, Post.Encrypt));
    }

    private static WeComCallbackCrypto CryptoAt(long unixSeconds, TimeSpan tolerance) =>
        CreateCrypto(new CallbackCryptoOptions
        {
            TimestampTolerance = tolerance,
            TimeProvider = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)),
        });
}
