using System;
using System.Collections.Generic;
using System.Text.Json;
using WeComGen.Credentials;
using WeComGen.ExternalContact;

// The request example of the send_welcome_msg page, built with the generated types. A real welcome code
// arrives with its event (a constant one is a build warning); the page's placeholder stands in for one.
var welcomeCode = args.Length > 0 ? args[0] : "CALLBACK_CODE";
var request = new SendWelcomeMsgRequest
{
    WelcomeCode = EventCode.Received(welcomeCode, TimeProvider.System),
    Text = new Text { Content = "文本消息内容" },
    Attachments = new List<Attachment>
    {
        Attachment.CreateImage(mediaId: "MEDIA_ID", picUrl: "http://p.qpic.cn/pic_wework/3474110808/7a6344sdadfwehe42060/0"),
        Attachment.CreateLink("消息标题", "https://example.link.com/path", picUrl: "https://example.pic.com/path", description: "消息描述"),
        Attachment.CreateMiniProgram("消息标题", "MEDIA_ID", "wx8bd80126147dfAAA", "/path/index.html"),
        Attachment.CreateVideo("MEDIA_ID"),
        Attachment.CreateFile("MEDIA_ID"),
    },
};

// Valid: the server accepts it. The image sets both media_id and pic_url, so pic_url is ignored (info).
var result = request.Validate();
Console.WriteLine(result.IsValid ? "valid" : "invalid");
foreach (var violation in result.Violations)
{
    Console.WriteLine(violation);
}

Console.WriteLine(JsonSerializer.Serialize(request, ExternalContactJsonContext.Default.SendWelcomeMsgRequest));

var response = JsonSerializer.Deserialize("""{"errcode":41051,"errmsg":"externaluser has started chatting"}""", ExternalContactJsonContext.Default.SendWelcomeMsgResponse)!;
var action = ExternalContactEndpoints.SendWelcomeMsg.Errors.ActionFor((int)response.ErrCode);
Console.WriteLine($"{response.ErrCode} ({(int)response.ErrCode}): {action}");
