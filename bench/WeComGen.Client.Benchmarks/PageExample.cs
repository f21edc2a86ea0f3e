using WeComGen.ExternalContact;

namespace WeComGen.Client.Benchmarks;

/// <summary>The request example of the send_welcome_msg page, as generated types and as plain POCOs.</summary>
public static class PageExample
{
    /// <summary>
    /// The example with <paramref name="media"/>'s media_ids (the page's <c>MEDIA_ID</c> by default): a welcome sent
    /// to the emulator needs ids it issued, of each attachment's type.
    /// </summary>
    public static SendWelcomeMsgRequest Generated(string welcomeCode = "CALLBACK_CODE", PageMedia? media = null) => Build(welcomeCode, media ?? PageMedia.Placeholders);

    private static SendWelcomeMsgRequest Build(string welcomeCode, PageMedia media) => new()
    {
        WelcomeCode = welcomeCode,
        Text = new Text { Content = "文本消息内容" },
        Attachments =
        [
            Attachment.CreateImage(mediaId: media.Image, picUrl: "http://p.qpic.cn/pic_wework/3474110808/7a6344sdadfwehe42060/0"),
            Attachment.CreateLink("消息标题", "https://example.link.com/path", picUrl: "https://example.pic.com/path", description: "消息描述"),
            Attachment.CreateMiniProgram("消息标题", media.Image, "wx8bd80126147dfAAA", "/path/index.html"),
            Attachment.CreateVideo(media.Video),
            Attachment.CreateFile(media.File),
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

/// <summary>The media_ids the page example refers to: an image (also the mini program's cover), a video and a file.</summary>
public sealed record PageMedia(string Image, string Video, string File)
{
    /// <summary>The page's own placeholder, <c>MEDIA_ID</c>, everywhere.</summary>
    public static readonly PageMedia Placeholders = new("MEDIA_ID", "MEDIA_ID", "MEDIA_ID");
}
