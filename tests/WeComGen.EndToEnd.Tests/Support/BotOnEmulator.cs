using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WeComGen.Emulator;
using WeComGen.Samples.WelcomeBot;
using WeComGen.Samples.WelcomeBot.Emulated;

namespace WeComGen.EndToEnd.Tests.Support;

/// <summary>The sample's wiring as the program sets it up: an emulator, and the bot on real Kestrel pointed at it.</summary>
internal sealed class BotOnEmulator : IAsyncDisposable
{
    private BotOnEmulator(WeComEmulator emulator, WebApplication bot)
    {
        Emulator = emulator;
        Bot = bot;
    }

    public WeComEmulator Emulator { get; }

    public WebApplication Bot { get; }

    public WelcomeOutcomes Outcomes => Bot.Services.GetRequiredService<WelcomeOutcomes>();

    public static async Task<BotOnEmulator> StartAsync()
    {
        var emulator = await WeComEmulator.StartAsync();
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.UseEmulator(emulator);
        var bot = WelcomeBot.Build(builder);
        await bot.StartAsync();
        emulator.UseCallbackUrl(bot.CallbackUrl());
        return new BotOnEmulator(emulator, bot);
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.StopAsync();
        await Bot.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
