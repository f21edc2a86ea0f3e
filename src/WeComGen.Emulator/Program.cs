using System;
using System.Globalization;
using System.Threading.Tasks;

namespace WeComGen.Emulator;

/// <summary>
/// Standalone: <c>dotnet run --project src/WeComGen.Emulator [-- --port 5080] [--callback http://127.0.0.1:8080/wecom/callback]</c>.
/// </summary>
internal static class Program
{
    public static async Task Main(string[] args)
    {
        var options = new WeComEmulatorOptions { LogToConsole = true };
        if (Option(args, "--port") is { } port)
        {
            options.Port = int.Parse(port, CultureInfo.InvariantCulture);
        }

        if (Option(args, "--callback") is { } callback)
        {
            options.CallbackUrl = new Uri(callback, UriKind.Absolute);
        }

        await using var emulator = await WeComEmulator.StartAsync(options);
        Console.WriteLine($"WeCom emulator listening on {emulator.BaseAddress}");
        Console.WriteLine($"  inbox:       {emulator.BaseAddress} (each welcome as the customer sees it, and its code's timeline)");
        Console.WriteLine($"  corpid:      {emulator.CorpId}");
        Console.WriteLine($"  corpsecret:  {emulator.Secret}");
        Console.WriteLine($"  welcome_code (valid {options.WelcomeCodeValidity.TotalSeconds:0} s): {emulator.IssueWelcomeCode()}");
        Console.WriteLine($"  more codes:  curl -X POST {emulator.BaseAddress}emulator/welcome_code");
        Console.WriteLine($"  upload media: curl -F media=@welcome.png '{emulator.BaseAddress}cgi-bin/media/upload?access_token=TOKEN&type=image' (a welcome's media_id must come from here)");
        Console.WriteLine($"  callback Token / EncodingAESKey: {emulator.CallbackToken} / {emulator.CallbackEncodingAesKey}");
        Console.WriteLine(emulator.CallbackUrl is { } url
            ? $"  add a customer (callback to {url}): curl -X POST '{emulator.BaseAddress}emulator/customer?userid=zhangsan&external_userid=wmCustomer0001'"
            : "  start with --callback URL to push add-customer callbacks to a bot");
        Console.WriteLine("Press Ctrl+C to stop.");
        await emulator.WaitForShutdownAsync();
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
