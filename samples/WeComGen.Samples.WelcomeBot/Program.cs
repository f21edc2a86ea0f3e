using System;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using WeComGen.Samples.WelcomeBot;
using WeComGen.Samples.WelcomeBot.Emulated;

// dotnet run --project samples/WeComGen.Samples.WelcomeBot                   one customer added and welcomed on an
//                                                                             in-process WeCom emulator, then exit
// dotnet run --project samples/WeComGen.Samples.WelcomeBot -- --keep-running the same, then keep serving: add more
//                                                                             customers on the emulator's inbox page
// dotnet run --project samples/WeComGen.Samples.WelcomeBot -- --real         serve WeCom's callbacks until stopped
// add --telemetry (or WeCom:Telemetry=console) to any of them              print the spans as they end, the metrics at exit
const string RealSwitch = "--real";
const string KeepRunningSwitch = "--keep-running";
const string TelemetrySwitch = "--telemetry";
var builder = WebApplication.CreateBuilder(args.Where(arg => arg is not (RealSwitch or KeepRunningSwitch or TelemetrySwitch)).ToArray());
var real = args.Contains(RealSwitch) || string.Equals(builder.Configuration["WeCom:Mode"], "real", StringComparison.OrdinalIgnoreCase);
var printTelemetry = args.Contains(TelemetrySwitch) || string.Equals(builder.Configuration["WeCom:Telemetry"], "console", StringComparison.OrdinalIgnoreCase);
using var telemetry = printTelemetry ? new TelemetryPrinter(Console.Out) : null;
if (!real)
{
    return await EmulatedRun.RunAsync(builder, Console.Out, Console.Error, keepRunning: args.Contains(KeepRunningSwitch));
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
