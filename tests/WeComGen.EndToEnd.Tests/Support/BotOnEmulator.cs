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

    /// <param name="options">The emulator's options (its clock, say), which the bot shares.</param>
    /// <param name="configure">What a test adds to the bot's services before it is built.</param>
    public static async Task<BotOnEmulator> StartAsync(WeComEmulatorOptions? options = null, Action<IServiceCollection>? configure = null)
    {
        var emulator = await WeComEmulator.StartAsync(options);
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.UseEmulator(emulator);
        configure?.Invoke(builder.Services);
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
