using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WeComGen.Emulator;

namespace WeComGen.Samples.WelcomeBot.Emulated;

/// <summary>Points the bot at an emulator: its corp, secret and callback credentials, and loopback for both.</summary>
public static class EmulatorWiring
{
    /// <summary>
    /// Gives <paramref name="builder"/> the emulator's credentials (added last, so they win over any other
    /// configuration), a random port on 127.0.0.1 and the emulator's clock. The bot uploads its files to the emulator
    /// when it starts, as it does to WeCom.
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
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

        // One clock for WeCom and the bot, as in production (both keep real time): a run that moves the emulator's
        // clock days on moves the bot's too, and the callbacks' timestamps stay fresh.
        builder.Services.AddSingleton(emulator.Options.Time);
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
