using System.Text.Json;
using System.Text.Json.Nodes;
using WeComGen.Credentials;
using WeComGen.Endpoints;
using WeComGen.ExternalContact;
using WeComGen.Validation;

namespace WeComGen.Generator.Tests;

/// <summary>The generated types and serializer context put the page's example on the wire, and read responses.</summary>
public class SerializationTests
{
    private static readonly ExternalContactJsonContext Context = ExternalContactJsonContext.Default;

    [Fact]
    public void The_pages_request_example_built_with_the_wire_shape_serializes_to_the_pages_JSON()
    {
        var request = new SendWelcomeMsgRequest
        {
            WelcomeCode = "CALLBACK_CODE",
            Text = new Text { Content = "文本消息内容" },
            Attachments =
            [
                new Attachment { MsgType = AttachmentType.Image, Image = new() { MediaId = "MEDIA_ID", PicUrl = "http://p.qpic.cn/pic_wework/3474110808/7a6344sdadfwehe42060/0" } },
                new Attachment { MsgType = AttachmentType.Link, Link = new() { Title = "消息标题", PicUrl = "https://example.pic.com/path", Description = "消息描述", Url = "https://example.link.com/path" } },
                new Attachment { MsgType = AttachmentType.MiniProgram, MiniProgram = new() { Title = "消息标题", PicMediaId = "MEDIA_ID", AppId = "wx8bd80126147dfAAA", Page = "/path/index.html" } },
                new Attachment { MsgType = AttachmentType.Video, Video = new() { MediaId = "MEDIA_ID" } },
                new Attachment { MsgType = AttachmentType.File, File = new() { MediaId = "MEDIA_ID" } },
            ],
        };

        AssertSameJson(PageExample.Request, JsonSerializer.Serialize(request, Context.SendWelcomeMsgRequest));
    }

    [Fact]
    public void Factories_and_the_wire_shape_serialize_identically()
    {
        var pairs = new (Attachment Factory, Attachment Overload, Attachment Wire)[]
        {
            (Attachment.CreateImage(mediaId: "MEDIA_ID"), Attachment.Create(new ImageAttachment { MediaId = "MEDIA_ID" }), new Attachment { MsgType = AttachmentType.Image, Image = new() { MediaId = "MEDIA_ID" } }),
            (Attachment.CreateLink("标题", "https://example.com/"), Attachment.Create(new LinkAttachment { Title = "标题", Url = "https://example.com/" }), new Attachment { MsgType = AttachmentType.Link, Link = new() { Title = "标题", Url = "https://example.com/" } }),
            (Attachment.CreateMiniProgram("t", "m", "wx8bd80126147dfAAA", "/p"), Attachment.Create(new MiniProgramAttachment { Title = "t", PicMediaId = "m", AppId = "wx8bd80126147dfAAA", Page = "/p" }), new Attachment { MsgType = AttachmentType.MiniProgram, MiniProgram = new() { Title = "t", PicMediaId = "m", AppId = "wx8bd80126147dfAAA", Page = "/p" } }),
            (Attachment.CreateVideo("v"), Attachment.Create(new VideoAttachment { MediaId = "v" }), new Attachment { MsgType = AttachmentType.Video, Video = new() { MediaId = "v" } }),
            (Attachment.CreateFile("f"), Attachment.Create(new FileAttachment { MediaId = "f" }), new Attachment { MsgType = AttachmentType.File, File = new() { MediaId = "f" } }),
        };

        foreach (var (factory, overload, wire) in pairs)
        {
            var expected = JsonSerializer.Serialize(wire, Context.Attachment);
            Assert.Equal(expected, JsonSerializer.Serialize(factory, Context.Attachment));
            Assert.Equal(expected, JsonSerializer.Serialize(overload, Context.Attachment));
        }
    }

    [Fact]
    public void Chinese_text_goes_on_the_wire_as_UTF_8_as_in_the_pages_example()
    {
        var request = new SendWelcomeMsgRequest { WelcomeCode = "c", Text = new Text { Content = "欢迎！<b>" } };

        var json = System.Text.Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(request, Context.SendWelcomeMsgRequest));

        Assert.Equal("""{"welcome_code":"c","text":{"content":"欢迎！\u003Cb\u003E"}}""", json);
    }

    [Fact]
    public void Nulls_are_omitted_on_write()
    {
        var json = JsonSerializer.Serialize(new SendWelcomeMsgRequest { WelcomeCode = "c", Text = new Text() }, Context.SendWelcomeMsgRequest);
        Assert.Equal("""{"welcome_code":"c","text":{}}""", json);
    }

    [Fact]
    public void The_pages_request_example_round_trips()
    {
        var request = JsonSerializer.Deserialize(PageExample.Request, Context.SendWelcomeMsgRequest)!;
        Assert.Equal(new EventCode("CALLBACK_CODE", null), request.WelcomeCode);
        Assert.Equal([AttachmentType.Image, AttachmentType.Link, AttachmentType.MiniProgram, AttachmentType.Video, AttachmentType.File], request.Attachments!.Select(a => a.MsgType));
        Assert.Equal("wx8bd80126147dfAAA", request.Attachments![2].MiniProgram!.AppId);
        AssertSameJson(PageExample.Request, JsonSerializer.Serialize(request, Context.SendWelcomeMsgRequest));
    }

    [Fact]
    public void The_pages_success_response_deserializes()
    {
        var response = JsonSerializer.Deserialize(PageExample.Response, Context.SendWelcomeMsgResponse)!;
        Assert.Equal(WeComErrorCode.Ok, response.ErrCode);
        Assert.Equal("ok", response.ErrMsg);
        Assert.Equal(ErrorAction.Ok, ExternalContactEndpoints.SendWelcomeMsg.Errors.ActionFor(ExternalContactEndpoints.SendWelcomeMsg.GetErrorCode(response)));
    }

    [Fact]
    public void Already_delivered_deserializes_and_means_delivered()
    {
        var response = JsonSerializer.Deserialize("""{"errcode":41051,"errmsg":"externaluser has started chatting"}""", Context.SendWelcomeMsgResponse)!;
        Assert.Equal(WeComErrorCode.AlreadyDelivered, response.ErrCode);
        Assert.Equal(ErrorAction.Delivered, WeComErrorCodeTable.Instance.ActionFor((int)response.ErrCode));
        Assert.Equal(ErrorAction.Retry, WeComErrorCodeTable.Instance.ActionFor((int)WeComErrorCode.WelcomeMessageBeingDistributed));
    }

    [Fact]
    public void An_undocumented_error_code_keeps_its_number_and_unknown_properties_are_skipped()
    {
        var response = JsonSerializer.Deserialize("""{"errcode":99999,"errmsg":"new","hint":{"a":[1,2]},"extra":null}""", Context.SendWelcomeMsgResponse)!;
        Assert.Equal(99999, (int)response.ErrCode);
        Assert.Equal("new", response.ErrMsg);
    }

    [Fact]
    public void A_missing_required_member_is_a_JsonException_with_its_path()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"welcome_code":"c","attachments":[{"msgtype":"link","link":{"title":"t"}}]}""", Context.SendWelcomeMsgRequest));
        Assert.Equal("$.attachments[0].link.url", e.Path);
        Assert.Contains("url", e.Message);
    }

    [Fact]
    public void A_wrong_token_is_a_JsonException_with_its_path()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"errcode":"zero"}""", Context.SendWelcomeMsgResponse));
        Assert.Equal("$.errcode", e.Path);
        Assert.Contains("expected a 32-bit integer, found String", e.Message);
    }

    [Fact]
    public void An_undefined_discriminator_value_is_a_JsonException_with_its_path()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"welcome_code":"c","attachments":[{"msgtype":"sticker"}]}""", Context.SendWelcomeMsgRequest));
        Assert.Equal("$.attachments[0].msgtype", e.Path);
    }

    [Fact]
    public void The_endpoint_descriptor_is_filled_from_the_schema()
    {
        var endpoint = ExternalContactEndpoints.SendWelcomeMsg;
        Assert.Equal("SendWelcomeMsg", endpoint.Name);
        Assert.Equal("POST", endpoint.Method);
        Assert.Equal("/cgi-bin/externalcontact/send_welcome_msg", endpoint.Path);
        Assert.Equal("access_token", endpoint.AccessTokenQueryParameter);
        Assert.Equal(TimeSpan.FromSeconds(20), endpoint.CredentialValidity);
        Assert.True(endpoint.CredentialSingleUse);
        Assert.Same(WeComErrorCodeTable.Instance, endpoint.Errors);
        var request = new SendWelcomeMsgRequest { WelcomeCode = "CODE" };
        Assert.Equal("CODE", endpoint.GetCredential!(request)!.Value);
        Assert.False(endpoint.Validate(request, ViolationSeverity.Error).IsValid);
        var response = new SendWelcomeMsgResponse { ErrCode = WeComErrorCode.WelcomeMessageBeingDistributed, ErrMsg = "welcome msg is being distributed" };
        Assert.Equal(41096, endpoint.GetErrorCode(response));
        Assert.Equal("welcome msg is being distributed", endpoint.GetErrorMessage(response));
    }

    [Fact]
    public void The_error_table_has_every_row_of_the_schema()
    {
        var row = WeComErrorCodeTable.Instance.Find(-1)!;
        Assert.Equal(new ErrorCodeInfo(-1, "SystemBusy", "system busy", "系统繁忙 System busy; retry at most 3 times.", ErrorAction.Retry, null, 3), row);
        Assert.Equal(26, WeComErrorCodeTable.Instance.Rows.Count());
        Assert.Equal(Enum.GetValues<WeComErrorCode>().Select(c => (int)c).Order(), WeComErrorCodeTable.Instance.Rows.Select(r => r.Code));
    }

    private static void AssertSameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}\nactual {actual}");
}
