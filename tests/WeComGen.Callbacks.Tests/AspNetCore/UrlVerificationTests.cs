using System.Net;
using static WeComGen.Callbacks.Tests.OfficialVectors;

namespace WeComGen.Callbacks.Tests.AspNetCore;

public class UrlVerificationTests
{
    [Fact]
    public async Task The_official_verification_is_answered_with_the_plaintext_echo_alone()
    {
        // The published vector was signed in 2014: only an app without a replay window still accepts it.
        await using var app = await CallbackApp.StartAsync(options => options.Crypto.TimestampTolerance = null);

        var response = await app.Client.GetAsync(CallbackApp.Path + UrlVerification.QueryString);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1616140317555161061"u8.ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_verification_built_by_the_encryptor_is_answered_with_its_echo()
    {
        await using var app = await CallbackApp.StartAsync();

        var response = await app.SendAsync(app.WeCom.UrlVerification("8734203951"));

        Assert.Equal("8734203951", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("?msg_signature=5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd4&timestamp=1409659589&nonce=263014780&echostr=P9nAzCzyDtyTWESHep1vC5X9xho%2FqYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp%2B4RPcs8TgAE7OaBO%2BFZXvnaqQ%3D%3D")]
    [InlineData("?msg_signature=5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3&timestamp=1409659589&nonce=263014780")]
    [InlineData("")]
    public async Task A_bad_verification_is_400_without_secrets(string query)
    {
        await using var app = await CallbackApp.StartAsync();

        var response = await app.Client.GetAsync(CallbackApp.Path + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Token, body);
        Assert.DoesNotContain(EncodingAesKey, body);
        Assert.DoesNotContain(UrlVerification.Plaintext, body);
    }
}
