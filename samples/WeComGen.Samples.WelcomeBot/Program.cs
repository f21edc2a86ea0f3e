using System;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using WeComGen.Assets;
using WeComGen.Samples.WelcomeBot;
using WeComGen.Samples.WelcomeBot.Emulated;

// dotnet run --project samples/WeComGen.Samples.WelcomeBot                   one customer added and welcomed on an
//                                                                             in-process WeCom emulator, then exit
// dotnet run --project samples/WeComGen.Samples.WelcomeBot -- --keep-running the same, then keep serving: add more
//                                                                             customers on the emulator's inbox page
// dotnet run --project samples/WeComGen.Samples.WelcomeBot -- --days 4     the same, then the emulator's clock moves
//                                                                             4 days on (past the media's 3) and a second
//                                                                             customer is welcomed: the media are re-uploaded
// dotnet run --project samples/WeComGen.Samples.WelcomeBot -- --real         serve WeCom's callbacks until stopped
// add --telemetry (or WeCom:Telemetry=console) to any of them              print the spans as they end, the metrics at exit
const string RealSwitch = "--real";
const string KeepRunningSwitch = "--keep-running";
const string TelemetrySwitch = "--telemetry";
const string DaysSwitch = "--days";
var daysAt = Array.IndexOf(args, DaysSwitch);
var days = 0;
if (daysAt >= 0 && (daysAt + 1 >= args.Length || !int.TryParse(args[daysAt + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out days)))
{
    Console.Error.WriteLine($"{DaysSwitch} needs a whole number of days, e.g. {DaysSwitch} 4.");
    return 2;
}

var builder = WebApplication.CreateBuilder(args.Where((arg, i) => arg is not (RealSwitch or KeepRunningSwitch or TelemetrySwitch) && (daysAt < 0 || i < daysAt || i > daysAt + 1)).ToArray());
var real = args.Contains(RealSwitch) || string.Equals(builder.Configuration["WeCom:Mode"], "real", StringComparison.OrdinalIgnoreCase);
var printTelemetry = args.Contains(TelemetrySwitch) || string.Equals(builder.Configuration["WeCom:Telemetry"], "console", StringComparison.OrdinalIgnoreCase);
using var telemetry = printTelemetry ? new TelemetryPrinter(Console.Out) : null;
if (!real)
{
    return await EmulatedRun.RunAsync(builder, Console.Out, Console.Error, keepRunning: args.Contains(KeepRunningSwitch), days: days);
}

if (WelcomeBot.MissingSettings(builder.Configuration) is { Count: > 0 } missing)
{
    Console.Error.WriteLine($"The real mode needs {string.Join(", ", missing)} (appsettings.json, the environment such as WeCom__Secret, or the command line).");
    return 2;
}

var app = WelcomeBot.Build(builder);
try
{
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException invalid)
{
    // A Token or EncodingAESKey that cannot work; the message names the problem, never the value.
    Console.Error.WriteLine($"The real mode cannot start: {invalid.Message}");
    return 2;
}
catch (WelcomeAssetException asset)
{
    // A welcome file that is missing, unreadable or refused by its upload's rule: named with the rule.
    Console.Error.WriteLine($"The real mode cannot start: {asset.Message}");
    return 2;
}
