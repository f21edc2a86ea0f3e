using System.Xml.Linq;
using Microsoft.Extensions.Time.Testing;
using static WeComGen.Callbacks.Tests.OfficialVectors;

namespace WeComGen.Callbacks.Tests.Crypto;

public class ReplyTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1409659813);

    [Fact]
    public void A_reply_is_the_four_element_envelope_and_decrypts_back()
    {
        var crypto = CreateCrypto(new CallbackCryptoOptions { TimeProvider = new FakeTimeProvider(Now) });
        const string reply = "<xml><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content></xml>";

        var envelope = XElement.Parse(crypto.EncryptReply(reply));

        Assert.Equal(["Encrypt", "MsgSignature", "TimeStamp", "Nonce"], envelope.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("1409659813", envelope.Element("TimeStamp")!.Value);
        Assert.Matches("^[0-9]{10}$", envelope.Element("Nonce")!.Value);
        var decrypted = crypto.Decrypt(
            envelope.Element("MsgSignature")!.Value, envelope.Element("TimeStamp")!.Value, envelope.Element("Nonce")!.Value, envelope.Element("Encrypt")!.Value);
        Assert.Equal(reply, decrypted.Value);
    }

    [Fact]
    public void With_a_fixed_random_source_a_reply_is_reproducible()
    {
        string Reply() => CreateCrypto(new CallbackCryptoOptions { Random = new ReplayRandom([1, 2, 3]) }).EncryptReply("<xml/>", "1", "2");

        Assert.Equal(Reply(), Reply());
    }

    [Fact]
    public void With_the_system_random_source_two_encryptions_differ()
    {
        var crypto = CreateCrypto();

        Assert.NotEqual(crypto.Encrypt("<xml/>", "1", "2").Encrypt, crypto.Encrypt("<xml/>", "1", "2").Encrypt);
    }
}
