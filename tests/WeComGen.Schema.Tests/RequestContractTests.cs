namespace WeComGen.Schema.Tests;

/// <summary>What the request schema accepts and rejects, checked by a plain JSON Schema validator.</summary>
public class RequestContractTests
{
    private const string Image = """{ "msgtype": "image", "image": { "media_id": "MEDIA_ID" } }""";

    [Fact]
    public void The_pages_own_example_is_accepted() => AssertAccepted(PageExample.Request);

    [Theory]
    [InlineData("text only", """{ "welcome_code": "CODE", "text": { "content": "欢迎！" } }""")]
    [InlineData("attachments only", $$"""{ "welcome_code": "CODE", "attachments": [{{Image}}] }""")]
    [InlineData("an image by pic_url alone", """{ "welcome_code": "CODE", "attachments": [{ "msgtype": "image", "image": { "pic_url": "https://wework.qpic.cn/x/0" } }] }""")]
    [InlineData("a link with only its required members", """{ "welcome_code": "CODE", "attachments": [{ "msgtype": "link", "link": { "title": "T", "url": "https://example.com/" } }] }""")]
    [InlineData("a file", """{ "welcome_code": "CODE", "attachments": [{ "msgtype": "file", "file": { "media_id": "M" } }] }""")]
    public void Requests_that_keep_the_contract_are_accepted(string because, string json)
    {
        _ = because;
        AssertAccepted(json);
    }

    [Fact]
    public void Nine_attachments_are_accepted() => AssertAccepted(WithAttachments(9));

    [Fact]
    public void Ten_attachments_are_rejected() => AssertRejected(WithAttachments(10));

    [Theory]
    [InlineData("welcome_code is missing", """{ "text": { "content": "hi" } }""")]
    [InlineData("welcome_code is empty", """{ "welcome_code": "", "text": { "content": "hi" } }""")]
    [InlineData("text and attachments are both absent", """{ "welcome_code": "CODE" }""")]
    [InlineData("attachments is empty and there is no text", """{ "welcome_code": "CODE", "attachments": [] }""")]
    [InlineData("msgtype is image on a link payload", """{ "welcome_code": "CODE", "attachments": [{ "msgtype": "image", "link": { "title": "T", "url": "https://example.com/" } }] }""")]
    [InlineData("msgtype is not a kind the page defines", """{ "welcome_code": "CODE", "attachments": [{ "msgtype": "audio", "audio": { "media_id": "M" } }] }""")]
    [InlineData("msgtype is missing", """{ "welcome_code": "CODE", "attachments": [{ "image": { "media_id": "M" } }] }""")]
    [InlineData("an attachment carries two payloads", """{ "welcome_code": "CODE", "attachments": [{ "msgtype": "image", "image": { "media_id": "M" }, "video": { "media_id": "M" } }] }""")]
    [InlineData("an image has neither media_id nor pic_url", """{ "welcome_code": "CODE", "attachments": [{ "msgtype": "image", "image": { } }] }""")]
    [InlineData("a link has no title", """{ "welcome_code": "CODE", "attachments": [{ "msgtype": "link", "link": { "url": "https://example.com/" } }] }""")]
    [InlineData("a link has no url", """{ "welcome_code": "CODE", "attachments": [{ "msgtype": "link", "link": { "title": "T" } }] }""")]
    [InlineData("a mini program has no appid", """{ "welcome_code": "CODE", "attachments": [{ "msgtype": "miniprogram", "miniprogram": { "title": "T", "pic_media_id": "M", "page": "/p" } }] }""")]
    [InlineData("a video has no media_id", """{ "welcome_code": "CODE", "attachments": [{ "msgtype": "video", "video": { } }] }""")]
    [InlineData("a file has no media_id", """{ "welcome_code": "CODE", "attachments": [{ "msgtype": "file", "file": { } }] }""")]
    [InlineData("the deprecated flat shape is used", """{ "welcome_code": "CODE", "image": { "media_id": "M" } }""")]
    [InlineData("welcome_code is not a string", """{ "welcome_code": 42, "text": { "content": "hi" } }""")]
    public void Requests_that_break_the_contract_are_rejected(string because, string json)
    {
        _ = because;
        AssertRejected(json);
    }

    private static string WithAttachments(int count) =>
        $$"""{ "welcome_code": "CODE", "attachments": [{{string.Join(",", Enumerable.Repeat(Image, count))}}] }""";

    private static void AssertAccepted(string json)
    {
        var result = SchemaFile.Evaluate(SchemaFile.Request, json);
        Assert.True(result.IsValid, MetaSchemaTests.Describe(result));
    }

    private static void AssertRejected(string json) =>
        Assert.False(SchemaFile.Evaluate(SchemaFile.Request, json).IsValid);
}
