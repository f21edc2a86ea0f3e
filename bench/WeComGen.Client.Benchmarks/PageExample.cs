using WeComGen.ExternalContact;

namespace WeComGen.Client.Benchmarks;

/// <summary>The request example of the send_welcome_msg page, as generated types and as plain POCOs.</summary>
public static class PageExample
{
    public static SendWelcomeMsgRequest Generated(string welcomeCode = "CALLBACK_CODE") => new()
    {
        WelcomeCode = welcomeCode,
        Text = new Text { Content = "文本消息内容" },
        Attachments =
        [
            Attachment.CreateImage(mediaId: "MEDIA_ID", picUrl: "http://p.qpic.cn/pic_wework/3474110808/7a6344sdadfwehe42060/0"),
            Attachment.CreateLink("消息标题", "https://example.link.com/path", picUrl: "https://example.pic.com/path", description: "消息描述"),
            Attachment.CreateMiniProgram("消息标题", "MEDIA_ID", "wx8bd80126147dfAAA", "/path/index.html"),
            Attachment.CreateVideo("MEDIA_ID"),
            Attachment.CreateFile("MEDIA_ID"),
        ],
    };

    public static PocoRequest Poco() => new()
    {
        WelcomeCode = "CALLBACK_CODE",
        Text = new PocoText { Content = "文本消息内容" },
        Attachments =
        [
            new PocoAttachment { MsgType = "image", Image = new PocoImage { MediaId = "MEDIA_ID", PicUrl = "http://p.qpic.cn/pic_wework/3474110808/7a6344sdadfwehe42060/0" } },
            new PocoAttachment { MsgType = "link", Link = new PocoLink { Title = "消息标题", PicUrl = "https://example.pic.com/path", Desc = "消息描述", Url = "https://example.link.com/path" } },
            new PocoAttachment { MsgType = "miniprogram", MiniProgram = new PocoMiniProgram { Title = "消息标题", PicMediaId = "MEDIA_ID", AppId = "wx8bd80126147dfAAA", Page = "/path/index.html" } },
            new PocoAttachment { MsgType = "video", Video = new PocoMedia { MediaId = "MEDIA_ID" } },
            new PocoAttachment { MsgType = "file", File = new PocoMedia { MediaId = "MEDIA_ID" } },
        ],
    };
}
