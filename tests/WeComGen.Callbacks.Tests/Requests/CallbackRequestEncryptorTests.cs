using System.Web;
using CsCheck;
using Microsoft.Extensions.Time.Testing;
using static WeComGen.Callbacks.Tests.OfficialVectors;

namespace WeComGen.Callbacks.Tests.Requests;

/// <summary>The requests built for an emulator are exactly what the decryptor accepts.</summary>
public class CallbackRequestEncryptorTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    /// <summary>Field values with XML's special characters, CDATA's terminator and non-ASCII text.</summary>
    private static readonly Gen<string> FieldValue = Gen.OneOf(
        Gen.String[Gen.Char.AlphaNumeric, 1, 43],
        Gen.String[Gen.Char["<>&'\"]]>中文 ab"], 1, 20]);

    [Fact]
    public void A_url_verification_request_answers_with_its_echo()
    {
        var crypto = CreateCrypto(new CallbackCryptoOptions { TimeProvider = new FakeTimeProvider(Now) });

        var request = new CallbackRequestEncryptor(crypto).UrlVerification("1616140317555161061");

        Assert.Equal("GET", request.Method);
        Assert.Null(request.Body);
        var query = HttpUtility.ParseQueryString(request.QueryString);
        Assert.Equal("1800000000", query["timestamp"]);
        Assert.Equal("1616140317555161061", crypto.VerifyUrl(query["msg_signature"], query["timestamp"], query["nonce"], query["echostr"]).Value);
    }

    [Fact]
    public void A_post_request_has_the_envelope_body_with_ToUserName_and_AgentID()
    {
        var request = new CallbackRequestEncryptor(CreateCrypto()).Post("<xml/>", agentId: "218");

        Assert.Equal("POST", request.Method);
        Assert.StartsWith($"<xml><ToUserName><![CDATA[{ReceiveId}]]></ToUserName><AgentID><![CDATA[218]]></AgentID><Encrypt><![CDATA[", request.Body);
        Assert.Equal("/wecom/callback" + request.QueryString, request.PathAndQuery("/wecom/callback"));
    }

    [Fact]
    public void Any_added_contact_survives_encryption_decryption_and_parsing() =>
        Gen.Select(FieldValue, FieldValue, FieldValue, FieldValue.Null(), FieldValue.Null(), Gen.Bool).Sample(
            (corpId, userId, externalUserId, state, welcomeCode, half) =>
            {
                var clock = new FakeTimeProvider(Now);
                var crypto = new WeComCallbackCrypto(Token, EncodingAesKey, corpId, new CallbackCryptoOptions { TimeProvider = clock });
                var addType = half ? ExternalContactAddType.AddHalfExternalContact : ExternalContactAddType.AddExternalContact;
                var xml = CallbackEventXml.ExternalContactAdded(corpId, userId, externalUserId, Now.AddSeconds(-1), welcomeCode, state, addType);
                var request = new CallbackRequestEncryptor(crypto).Post(xml);
                var query = HttpUtility.ParseQueryString(request.QueryString);

                var added = Assert.IsType<ExternalContactAddedEvent>(crypto
                    .DecryptPost(query["msg_signature"], query["timestamp"], query["nonce"], request.Body)
                    .Then(plaintext => CallbackEventParser.Parse(plaintext, clock))
                    .Value);

                Assert.Equal((addType, userId, externalUserId, state, corpId), (added.AddType, added.UserId, added.ExternalUserId, added.State, added.CorpId));
                Assert.Equal(welcomeCode, added.WelcomeCode?.Value);
                Assert.Equal(Now.AddSeconds(-1), added.CreateTime);
            },
            iter: 300);
}
