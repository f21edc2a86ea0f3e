using Microsoft.Extensions.Time.Testing;

namespace WeComGen.Callbacks.Tests;

/// <summary>The test vectors of WeCom's callback encryption page.</summary>
internal static class OfficialVectors
{
    public const string Token = "QDG6eK";
    public const string EncodingAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    public const string ReceiveId = "wx5823bf96d3bd56c7";

    public static class Post
    {
        public const string MsgSignature = "477715d11cdb4164915debcba66cb864d751f3e6";
        public const string Timestamp = "1409659813";
        public const string Nonce = "1372623149";

        public const string Encrypt =
            "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";

        public const string Body =
            "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><AgentID><![CDATA[218]]></AgentID><Encrypt><![CDATA[" + Encrypt + "]]></Encrypt></xml>";

        public const string Plaintext =
            "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n<FromUserName><![CDATA[mycreate]]></FromUserName>\n<CreateTime>1409659813</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[hello]]></Content>\n<MsgId>4561255354251345929</MsgId>\n<AgentID>218</AgentID>\n</xml>";
    }

    public static class UrlVerification
    {
        public const string MsgSignature = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3";
        public const string Timestamp = "1409659589";
        public const string Nonce = "263014780";
        public const string EchoStrUrlEncoded = "P9nAzCzyDtyTWESHep1vC5X9xho%2FqYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp%2B4RPcs8TgAE7OaBO%2BFZXvnaqQ%3D%3D";
        public const string Plaintext = "1616140317555161061";

        public static string QueryString =>
            $"?msg_signature={MsgSignature}&timestamp={Timestamp}&nonce={Nonce}&echostr={EchoStrUrlEncoded}";
    }

    /// <summary>When the POST vector was signed; the URL verification was signed 224 s before, inside the default replay window.</summary>
    public static DateTimeOffset SignedAt { get; } = DateTimeOffset.FromUnixTimeSeconds(long.Parse(Post.Timestamp));

    /// <summary>The vectors' app, with a clock at <see cref="SignedAt"/> unless <paramref name="options"/> say otherwise.</summary>
    public static WeComCallbackCrypto CreateCrypto(CallbackCryptoOptions? options = null) =>
        new(Token, EncodingAesKey, ReceiveId, options ?? AtSigningTime());

    /// <summary>Default options whose clock stands at <see cref="SignedAt"/>.</summary>
    public static CallbackCryptoOptions AtSigningTime() => new() { TimeProvider = new FakeTimeProvider(SignedAt) };

    /// <summary>For properties of the cipher alone, with made-up timestamps: no replay window.</summary>
    public static CallbackCryptoOptions WithoutReplayWindow() => new() { TimestampTolerance = null };
}
