using Microsoft.Extensions.Time.Testing;
using static WeComGen.Callbacks.Tests.OfficialVectors;

namespace WeComGen.Callbacks.Tests.Events;

/// <summary>DTDs, entity bombs and oversized documents are refused, before and after decryption.</summary>
public class XmlSafetyTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE xml [
          <!ENTITY a "aaaaaaaaaa">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
          <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
        ]>
        <xml><Encrypt>&d;</Encrypt></xml>
        """;

    private const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE xml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <xml><MsgType>&secret;</MsgType></xml>
        """;

    [Theory]
    [InlineData(BillionLaughs)]
    [InlineData(ExternalEntity)]
    public void A_request_body_with_a_DTD_is_malformed(string body) =>
        AssertMalformed(CreateCrypto().DecryptPost(Post.MsgSignature, Post.Timestamp, Post.Nonce, body));

    [Theory]
    [InlineData(BillionLaughs)]
    [InlineData(ExternalEntity)]
    public void A_decrypted_message_with_a_DTD_is_malformed(string plaintext)
    {
        var crypto = CreateCrypto();
        var request = new CallbackRequestEncryptor(crypto).Post(plaintext);
        var query = System.Web.HttpUtility.ParseQueryString(request.QueryString);

        var decrypted = crypto.DecryptPost(query["msg_signature"], query["timestamp"], query["nonce"], request.Body);
        var parsed = CallbackEventParser.Parse(decrypted.Value, new FakeTimeProvider());

        AssertMalformed(parsed);
    }

    [Fact]
    public void A_decrypted_message_over_the_limit_is_too_large()
    {
        var xml = "<xml><Content>" + new string('x', 2000) + "</Content></xml>";

        Assert.Equal(CallbackErrorReason.TooLarge, CallbackEventParser.Parse(xml, new FakeTimeProvider(), maxChars: 1000).Error?.Reason);
    }

    private static void AssertMalformed<T>(CallbackResult<T> result) =>
        CallbackAssert.Fails(CallbackErrorReason.MalformedXml, result);
}
