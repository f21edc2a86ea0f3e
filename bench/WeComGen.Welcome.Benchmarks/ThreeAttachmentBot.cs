using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WeComGen.AspNetCore;
using WeComGen.Assets;
using WeComGen.Callbacks;
using WeComGen.Client;
using WeComGen.Emulator;
using WeComGen.ExternalContact;
using WeComGen.Media;
using WeComGen.Metadata;
using WeComGen.Personalisation;
using WeComGen.Samples.WelcomeBot;
using WeComGen.Samples.WelcomeBot.Emulated;

namespace WeComGen.Welcome.Benchmarks;

/// <summary>
/// A welcome bot wired as the sample's <see cref="WelcomeBot.Build"/> is (callback endpoint, client, files uploaded at
/// start, greeting with an <c>externalcontact/get</c> lookup), whose welcome carries three attachments: an image, a
/// video and a file.
/// </summary>
internal static class ThreeAttachmentBot
{
    /// <summary>Builds the bot against <paramref name="wecom"/>, in this process, on loopback; not started.</summary>
    public static WebApplication Build(WeComEmulator wecom) => Build(builder => builder.UseEmulator(wecom));

    /// <summary>Builds the bot against an emulator in another process, on loopback; not started.</summary>
    public static WebApplication Build(EmulatorSettings wecom) => Build(builder =>
    {
        builder.Configuration.AddInMemoryCollection(wecom.Configuration());
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    });

    private static WebApplication Build(Action<WebApplicationBuilder> useEmulator)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(Files());
        useEmulator(builder);
        var wecomSection = builder.Configuration.GetSection(WelcomeBot.Section);
        builder.Services.AddWeComCallbacks(callback =>
        {
            callback.Token = wecomSection["Token"] ?? "";
            callback.EncodingAesKey = wecomSection["EncodingAESKey"] ?? "";
            callback.ReceiveId = wecomSection["CorpId"] ?? "";
        });
        builder.Services.AddWeComClient(wecomSection);
        builder.Services.AddWeComWelcomeAssets(builder.Configuration.GetSection(WelcomeBot.AssetsSection), MediaEndpoints.UploadImage, MediaEndpoints.UploadMedia);
        builder.Services.AddWeComWelcomeGreeting(builder.Configuration.GetSection(WelcomeBot.GreetingSection), ContractLimits.MaxUtf8Bytes(typeof(Text), nameof(Text.Content)));

        var app = builder.Build();
        app.MapWeComCallback(WelcomeBot.CallbackPath, WelcomeAsync);
        return app;
    }

    /// <summary>The sample's picture, video and guide (copied beside the benchmark from the sample's Assets/).</summary>
    private static Dictionary<string, string?> Files()
    {
        var files = new Dictionary<string, string?>();
        foreach (var (name, kind, path) in new[]
        {
            (WelcomeHandler.Picture, WelcomeAssetKind.Image, "welcome.png"),
            (WelcomeHandler.Intro, WelcomeAssetKind.Video, "intro.mp4"),
            (WelcomeHandler.Guide, WelcomeAssetKind.File, "guide.pdf"),
        })
        {
            files[$"{WelcomeBot.AssetsSection}:Files:{name}:Kind"] = kind.ToString();
            files[$"{WelcomeBot.AssetsSection}:Files:{name}:Path"] = Path.Combine(AppContext.BaseDirectory, "Assets", path);
        }

        return files;
    }

    /// <summary>The sample's handler with three attachments: the greeting, then the welcome with the uploaded files.</summary>
    private static async Task WelcomeAsync(WeComCallbackContext context, CancellationToken cancellationToken)
    {
        if (context.Event is not ExternalContactAddedEvent { WelcomeCode: { } welcomeCode } added)
        {
            return;
        }

        var client = context.Services.GetRequiredService<WeComClient>();
        var greeting = await context.Services.GetRequiredService<WelcomeGreeting>().ComposeAsync(
            added,
            ct => client.GetExternalContactAsync(new GetExternalContactRequest { ExternalUserId = added.ExternalUserId }, ct),
            found => found.ExternalContact?.Name,
            cancellationToken);
        await context.Services.GetRequiredService<WelcomeAssets>().SendAsync(client, ExternalContactEndpoints.SendWelcomeMsg, media => new SendWelcomeMsgRequest
        {
            WelcomeCode = welcomeCode,
            Text = new Text { Content = greeting.Text },
            Attachments =
            [
                Attachment.CreateImage(picUrl: media.PicUrl(WelcomeHandler.Picture)),
                Attachment.CreateVideo(media.MediaId(WelcomeHandler.Intro)),
                Attachment.CreateFile(media.MediaId(WelcomeHandler.Guide)),
            ],
        }, cancellationToken);
    }
}
