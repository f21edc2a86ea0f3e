using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using WeComGen.Assets;
using WeComGen.Samples.WelcomeBot.Emulated;

namespace WeComGen.Welcome.Benchmarks;

/// <summary>
/// The bot's side of <see cref="BotProcess"/>: starts the bot against the emulator of the settings, writes its callback
/// URL, then answers the commands on its standard input (<c>mark</c>, <c>count</c>, <c>stop</c>) until <c>stop</c>
/// or the input's end.
/// </summary>
internal static class BotHost
{
    public const string Ready = "callback ";
    public const string Marked = "marked";
    public const string Counted = "counted ";
    public const string Mark = "mark";
    public const string Count = "count";
    public const string Stop = "stop";

    public static async Task<int> RunAsync(EmulatorSettings settings)
    {
        await using var bot = ThreeAttachmentBot.Build(settings);
        await bot.StartAsync(); // uploads the three files before it serves
        var assets = bot.Services.GetRequiredService<WelcomeAssets>();
        var counter = new BotCounter(assets);
        Console.WriteLine($"{Ready}{assets.UploadCount} {bot.CallbackUrl()}");
        while (await Console.In.ReadLineAsync() is { } command && command != Stop)
        {
            switch (command)
            {
                case Mark:
                    counter.Mark();
                    Console.WriteLine(Marked);
                    break;
                case Count:
                    Console.WriteLine(Counted + BotCounter.ToLine(counter.Count()));
                    break;
                default:
                    Console.Error.WriteLine($"unknown command: {command}");
                    break;
            }
        }

        await bot.StopAsync();
        return 0;
    }
}
