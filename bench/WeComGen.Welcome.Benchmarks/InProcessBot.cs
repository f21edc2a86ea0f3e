using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using WeComGen.Assets;
using WeComGen.Emulator;
using WeComGen.Samples.WelcomeBot.Emulated;

namespace WeComGen.Welcome.Benchmarks;

/// <summary>The bot in the emulator's process, sharing its clock and its garbage collector.</summary>
internal sealed class InProcessBot : IBotUnderLoad
{
    private readonly WebApplication _bot;
    private readonly BotCounter _counter;

    private InProcessBot(WebApplication bot)
    {
        _bot = bot;
        var assets = bot.Services.GetRequiredService<WelcomeAssets>();
        _counter = new BotCounter(assets);
        StartUploads = assets.UploadCount;
    }

    public Uri CallbackUrl => _bot.CallbackUrl();

    public string Counted => "bot, emulator and load in one process";

    public int StartUploads { get; }

    public static async Task<InProcessBot> StartAsync(WeComEmulator wecom)
    {
        var bot = ThreeAttachmentBot.Build(wecom);
        await bot.StartAsync(); // uploads the three files before it serves
        return new InProcessBot(bot);
    }

    public Task MarkAsync()
    {
        _counter.Mark();
        return Task.CompletedTask;
    }

    public Task<BotCounts> CountAsync() => Task.FromResult(_counter.Count());

    public async ValueTask DisposeAsync()
    {
        await _bot.StopAsync();
        await _bot.DisposeAsync();
    }
}
