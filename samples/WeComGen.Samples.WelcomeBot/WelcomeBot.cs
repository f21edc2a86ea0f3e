using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using WeComGen.Assets;
using WeComGen.ExternalContact;
using WeComGen.Media;
using WeComGen.Metadata;

namespace WeComGen.Samples.WelcomeBot;

/// <summary>
/// The bot: a callback endpoint whose handler sends the welcome through a <c>WeComClient</c>. Configuration:
/// <c>WeCom:CorpId</c>, <c>WeCom:Secret</c>, <c>WeCom:Token</c>, <c>WeCom:EncodingAESKey</c> (and optionally
/// <c>WeCom:BaseAddress</c>); the message from <c>Welcome</c> (see <see cref="WelcomeContent"/>), its text from
/// <c>WelcomeGreeting</c> and its files from <c>WelcomeAssets</c> (by default the sample's own, under Assets/).
/// </summary>
public static class WelcomeBot
{
    /// <summary>The callback URL's path, to enter in the admin console as https://your-host/wecom/callback.</summary>
    public const string CallbackPath = "/wecom/callback";

    /// <summary>The configuration section of the credentials.</summary>
    public const string Section = "WeCom";

    /// <summary>The configuration section of the message (<see cref="WelcomeContent"/>).</summary>
    public const string WelcomeSection = "Welcome";

    /// <summary>The configuration section of the greeting (<c>Template</c>, <c>PlainGreeting</c>, <c>LookupBudget</c>).</summary>
    public const string GreetingSection = "WelcomeGreeting";

    /// <summary>The configuration section of the files (<c>Files:&lt;name&gt;:Kind</c>, <c>Path</c>; <c>RefreshMargin</c>).</summary>
    public const string AssetsSection = "WelcomeAssets";

    /// <summary>The sample's files, which configuration may replace: what each is for and where it is, beside the app.</summary>
    private static readonly Dictionary<string, string?> DefaultAssets = new()
    {
        [$"{AssetsSection}:Files:{WelcomeHandler.Picture}:Kind"] = nameof(WelcomeAssetKind.Image),
        [$"{AssetsSection}:Files:{WelcomeHandler.Picture}:Path"] = "Assets/welcome.png",
        [$"{AssetsSection}:Files:{WelcomeHandler.Cover}:Kind"] = nameof(WelcomeAssetKind.MiniProgramCover),
        [$"{AssetsSection}:Files:{WelcomeHandler.Cover}:Path"] = "Assets/cover.png",
        [$"{AssetsSection}:Files:{WelcomeHandler.Intro}:Kind"] = nameof(WelcomeAssetKind.Video),
        [$"{AssetsSection}:Files:{WelcomeHandler.Intro}:Path"] = "Assets/intro.mp4",
        [$"{AssetsSection}:Files:{WelcomeHandler.Guide}:Kind"] = nameof(WelcomeAssetKind.File),
        [$"{AssetsSection}:Files:{WelcomeHandler.Guide}:Path"] = "Assets/guide.pdf",
    };

    private static readonly string[] Required = ["CorpId", "Secret", "Token", "EncodingAESKey"];

    /// <summary>The credentials missing from <paramref name="configuration"/>, by configuration key (never by value).</summary>
    public static IReadOnlyList<string> MissingSettings(IConfiguration configuration) =>
        Required.Where(key => string.IsNullOrEmpty(configuration[$"{Section}:{key}"])).Select(key => $"{Section}:{key}").ToArray();

    /// <summary>
    /// Registers the callback services, the client, the welcome's files (uploaded when the app starts, before it
    /// serves) and its greeting; builds the app and maps the callback URL.
    /// </summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = DefaultAssets });
        var wecom = builder.Configuration.GetSection(Section);
        builder.Services.AddWeComCallbacks(callback =>
        {
            callback.Token = wecom["Token"] ?? "";
            callback.EncodingAesKey = wecom["EncodingAESKey"] ?? "";
            callback.ReceiveId = wecom["CorpId"] ?? ""; // a self-built app's callbacks are encrypted for the corp
        });
        builder.Services.AddWeComClient(wecom); // CorpId, Secret, BaseAddress
        builder.Services.AddWeComWelcomeAssets(builder.Configuration.GetSection(AssetsSection), MediaEndpoints.UploadImage, MediaEndpoints.UploadMedia);
        builder.Services.AddWeComWelcomeGreeting(builder.Configuration.GetSection(GreetingSection), ContractLimits.MaxUtf8Bytes(typeof(Text), nameof(Text.Content)));
        builder.Services.Configure<WelcomeContent>(builder.Configuration.GetSection(WelcomeSection));
        builder.Services.AddSingleton<WelcomeOutcomes>();

        var app = builder.Build();
        app.MapWeComCallback(CallbackPath, WelcomeHandler.HandleAsync);
        return app;
    }
}
