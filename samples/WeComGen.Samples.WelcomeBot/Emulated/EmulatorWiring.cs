using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using WeComGen.Emulator;
using WeComGen.Emulator.Media;

namespace WeComGen.Samples.WelcomeBot.Emulated;

/// <summary>Points the bot at an emulator: its corp, secret and callback credentials, and loopback for both.</summary>
public static class EmulatorWiring
{
    /// <summary>The picture the emulated run uploads for the welcome's image and mini-program cover.</summary>
    private const string CoverResource = "WeComGen.Samples.WelcomeBot.welcome-cover.png";

    /// <summary>
    /// Gives <paramref name="builder"/> the emulator's credentials (added last, so they win over any other
    /// configuration) and a random port on 127.0.0.1, and uploads the welcome's picture to the emulator as a
    /// deployment uploads it to WeCom: its <c>Welcome:ImageUrl</c> and <c>Welcome:MiniProgramPicMediaId</c> are
    /// defaults that any other configuration overrides.
    /// </summary>
    public static void UseEmulator(this WebApplicationBuilder builder, WeComEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(emulator);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{WelcomeBot.Section}:CorpId"] = emulator.CorpId,
            [$"{WelcomeBot.Section}:Secret"] = emulator.Secret,
            [$"{WelcomeBot.Section}:Token"] = emulator.CallbackToken,
            [$"{WelcomeBot.Section}:EncodingAESKey"] = emulator.CallbackEncodingAesKey,
            [$"{WelcomeBot.Section}:BaseAddress"] = emulator.BaseAddress.ToString(),
        });
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = UploadedPicture(emulator) });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The picture uploaded twice, as WeCom needs it: a permanent image URL and a three-day media_id.</summary>
    private static Dictionary<string, string?> UploadedPicture(WeComEmulator emulator)
    {
        using var resource = typeof(EmulatorWiring).Assembly.GetManifestResourceStream(CoverResource)
            ?? throw new InvalidOperationException($"The sample's {CoverResource} is not embedded.");
        using var picture = new MemoryStream();
        resource.CopyTo(picture);
        return new Dictionary<string, string?>
        {
            [$"{WelcomeBot.WelcomeSection}:ImageUrl"] = emulator.Media.AddImage(picture.ToArray(), "welcome.png").AbsoluteUri,
            [$"{WelcomeBot.WelcomeSection}:MiniProgramPicMediaId"] = emulator.Media.Add(picture.ToArray(), "welcome-cover.png", MediaType.Image),
        };
    }

    /// <summary>The started bot's callback URL, e.g. <c>http://127.0.0.1:53127/wecom/callback</c>.</summary>
    public static Uri CallbackUrl(this WebApplication bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var address = bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The bot is not listening yet: start it first.");
        return new Uri(new Uri(address), WelcomeBot.CallbackPath);
    }
}
