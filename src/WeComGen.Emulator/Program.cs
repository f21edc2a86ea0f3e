using System;
using System.Globalization;
using System.Threading.Tasks;

namespace WeComGen.Emulator;

/// <summary>Standalone: <c>dotnet run --project src/WeComGen.Emulator [-- --port 5080]</c>.</summary>
internal static class Program
{
    public static async Task Main(string[] args)
    {
        var options = new WeComEmulatorOptions { LogToConsole = true };
        var portAt = Array.IndexOf(args, "--port");
        if (portAt >= 0 && portAt + 1 < args.Length)
        {
            options.Port = int.Parse(args[portAt + 1], CultureInfo.InvariantCulture);
        }

        await using var emulator = await WeComEmulator.StartAsync(options);
        Console.WriteLine($"WeCom emulator listening on {emulator.BaseAddress}");
        Console.WriteLine($"  corpid:      {emulator.CorpId}");
        Console.WriteLine($"  corpsecret:  {emulator.Secret}");
        Console.WriteLine($"  welcome_code (valid {options.WelcomeCodeValidity.TotalSeconds:0} s): {emulator.IssueWelcomeCode()}");
        Console.WriteLine($"  more codes:  curl -X POST {emulator.BaseAddress}emulator/welcome_code");
        Console.WriteLine("Press Ctrl+C to stop.");
        await emulator.WaitForShutdownAsync();
    }
}
