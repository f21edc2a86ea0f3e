namespace WeComGen.Samples.WelcomeBot;

/// <summary>
/// What the welcome says, bound from the <c>Welcome</c> configuration section. <see cref="ImageUrl"/> comes from
/// the upload-image API and <see cref="MiniProgramPicMediaId"/> from the media upload API (valid three days): the
/// emulated run uploads its picture to the emulator and sets both; against WeCom, upload yours and configure them.
/// The mini program must be linked to the corp.
/// </summary>
public sealed class WelcomeContent
{
    /// <summary>The text message.</summary>
    public string Greeting { get; set; } = "您好，欢迎添加！有任何问题随时找我。";

    /// <summary>The image, as a <c>pic_url</c> on a qpic.cn host.</summary>
    public string ImageUrl { get; set; } = "https://wework.qpic.cn/wwpic/welcome-bot/welcome.png";

    /// <summary>The link's title.</summary>
    public string LinkTitle { get; set; } = "新客户指南";

    /// <summary>Where the link goes.</summary>
    public string LinkUrl { get; set; } = "https://example.com/welcome";

    /// <summary>The line under the link's title.</summary>
    public string LinkDescription { get; set; } = "三分钟了解我们的服务";

    /// <summary>The mini-program card's title.</summary>
    public string MiniProgramTitle { get; set; } = "会员中心";

    /// <summary>The card's cover, as a media_id; this placeholder is refused (40007) until replaced by an uploaded one.</summary>
    public string MiniProgramPicMediaId { get; set; } = "MEDIA_ID_WELCOME_COVER";

    /// <summary>The mini program's appid.</summary>
    public string MiniProgramAppId { get; set; } = "wx8bd80126147dfAAA";

    /// <summary>The page the card opens.</summary>
    public string MiniProgramPage { get; set; } = "/pages/member/index.html";
}
