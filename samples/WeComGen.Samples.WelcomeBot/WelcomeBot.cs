using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WeComGen.Samples.WelcomeBot;

/// <summary>
/// The bot: a callback endpoint whose handler sends the welcome through a <c>WeComClient</c>. Configuration:
/// <c>WeCom:CorpId</c>, <c>WeCom:Secret</c>, <c>WeCom:Token</c>, <c>WeCom:EncodingAESKey</c> (and optionally
/// <c>WeCom:BaseAddress</c>); the message from <c>Welcome</c> (see <see cref="WelcomeContent"/>).
/// </summary>
public static class WelcomeBot
{
    /// <summary>The callback URL's path, to enter in the admin console as https://your-host/wecom/callback.</summary>
    public const string CallbackPath = "/wecom/callback";

    /// <summary>The configuration section of the credentials.</summary>
    public const string Section = "WeCom";

    /// <summary>The configuration section of the message (<see cref="WelcomeContent"/>).</summary>
    public const string WelcomeSection = "Welcome";

    private static readonly string[] Required = ["CorpId", "Secret", "Token", "EncodingAESKey"];

    /// <summary>The credentials missing from <paramref name="configuration"/>, by configuration key (never by value).</summary>
    public static IReadOnlyList<string> MissingSettings(IConfiguration configuration) =>
        Required.Where(key => string.IsNullOrEmpty(configuration[$"{Section}:{key}"])).Select(key => $"{Section}:{key}").ToArray();

    /// <summary>Registers the callback services and the client, builds the app and maps the callback URL.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var wecom = builder.Configuration.GetSection(Section);
        builder.Services.AddWeComCallbacks(callback =>
        {
            callback.Token = wecom["Token"] ?? "";
            callback.EncodingAesKey = wecom["EncodingAESKey"] ?? "";
            callback.ReceiveId = wecom["CorpId"] ?? ""; // a self-built app's callbacks are encrypted for the corp
        });
        builder.Services.AddWeComClient(wecom); // CorpId, Secret, BaseAddress
        builder.Services.Configure<WelcomeContent>(builder.Configuration.GetSection(WelcomeSection));
        builder.Services.AddSingleton<WelcomeOutcomes>();

        var app = builder.Build();
        app.MapWeComCallback(CallbackPath, WelcomeHandler.HandleAsync);
        return app;
    }
}
