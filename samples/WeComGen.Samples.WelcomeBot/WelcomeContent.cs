namespace WeComGen.Samples.WelcomeBot;

/// <summary>
/// The welcome's link and mini-program card, bound from the <c>Welcome</c> configuration section. Its text comes
/// from <c>WelcomeGreeting</c> and its files from <c>WelcomeAssets</c>. The mini program must be linked to the corp.
/// </summary>
public sealed class WelcomeContent
{
    /// <summary>The link's title.</summary>
    public string LinkTitle { get; set; } = "新客户指南";

    /// <summary>Where the link goes.</summary>
    public string LinkUrl { get; set; } = "https://example.com/welcome";

    /// <summary>The line under the link's title.</summary>
    public string LinkDescription { get; set; } = "三分钟了解我们的服务";

    /// <summary>The mini-program card's title.</summary>
    public string MiniProgramTitle { get; set; } = "会员中心";

    /// <summary>The mini program's appid.</summary>
    public string MiniProgramAppId { get; set; } = "wx8bd80126147dfAAA";

    /// <summary>The page the card opens.</summary>
    public string MiniProgramPage { get; set; } = "/pages/member/index.html";
}
