using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WeComGen.Emulator;
using WeComGen.Emulator.WelcomeCodes;
using WeComGen.Welcome.Benchmarks;

// dotnet run -c Release --project bench/WeComGen.Welcome.Benchmarks -- [rate per second] [seconds] [--bot-process]   (default 1000 30)
// One bot and one emulator on loopback, in one process, or the bot in a process of its own with --bot-process (its
// processor time, allocations and collections then counted apart from the emulator's); customers added at the rate;
// each welcome timed from the callback's push to its delivery at the emulator.
if (args is ["bot", .. var settings])
{
    if (!EmulatorSettings.TryParse(settings, out var emulator))
    {
        Console.Error.WriteLine("usage: bot BASE_ADDRESS CORP_ID SECRET TOKEN ENCODING_AES_KEY");
        return 2;
    }

    return await BotHost.RunAsync(emulator);
}

const string BotProcessOption = "--bot-process";
var inProcess = !args.Contains(BotProcessOption);
var numbers = args.Where(arg => arg != BotProcessOption).ToArray();
if (!TryPositive(numbers, 0, 1000, out var rate) || !TryPositive(numbers, 1, 30, out var seconds) || numbers.Length > 2)
{
    Console.Error.WriteLine($"usage: [rate per second] [seconds] [{BotProcessOption}], both numbers whole and above 0 (default 1000 30)");
    return 2;
}

var warmupSeconds = Math.Min(5, seconds);

await using var wecom = await WeComEmulator.StartAsync();
await using IBotUnderLoad bot = inProcess ? await InProcessBot.StartAsync(wecom) : await BotProcess.StartAsync(EmulatorSettings.Of(wecom));
wecom.UseCallbackUrl(bot.CallbackUrl);
Console.WriteLine($"started: {bot.StartUploads} uploads; bot {(inProcess ? "in the emulator's process" : "in its own process")}; {Environment.ProcessorCount} cores, .NET {Environment.Version}");

using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + warmupSeconds) + 3 * wecom.Options.WelcomeCodeValidity);
await SteadyLoad.RunAsync(wecom, Math.Min(rate, 200), TimeSpan.FromSeconds(warmupSeconds), "wmWarm", limit.Token);
await bot.MarkAsync();
var emulatorBefore = ProcessCounts.Now();

var (pushes, achieved) = await SteadyLoad.RunAsync(wecom, rate, TimeSpan.FromSeconds(seconds), "wmLoad", limit.Token);
var window = wecom.Options.WelcomeCodeValidity;
var codes = pushes.Select(push => push.Customer.WelcomeCode).ToHashSet(StringComparer.Ordinal);
var waitUntil = pushes.Max(push => push.Customer.IssuedAt) + window + TimeSpan.FromSeconds(1);
Dictionary<string, DeliveredWelcomeMessage> delivered;
while (true)
{
    delivered = wecom.Deliveries.Where(d => codes.Contains(d.WelcomeCode)).ToDictionary(d => d.WelcomeCode, StringComparer.Ordinal);
    if (delivered.Count == codes.Count || wecom.Options.Time.GetUtcNow() > waitUntil)
    {
        break;
    }

    await Task.Delay(250, limit.Token);
}

var botCounts = await bot.CountAsync();
var emulatorCounts = ProcessCounts.Now() - emulatorBefore;
var toDelivery = pushes.Where(p => delivered.ContainsKey(p.Customer.WelcomeCode)).Select(p => delivered[p.Customer.WelcomeCode].DeliveredAt - p.Customer.IssuedAt).ToList();
var named = pushes.Count(p => delivered.TryGetValue(p.Customer.WelcomeCode, out var d) && d.Json.Contains(wecom.FindCustomer(p.Customer.ExternalUserId)!.Name!, StringComparison.Ordinal));
var refused = pushes.Count(p => !p.Customer.Answer.Accepted);
Console.WriteLine($"load: {pushes.Count} customers at {rate}/s for {seconds} s (after {warmupSeconds} s at {Math.Min(rate, 200)}/s); schedule kept at {achieved:0}/s");
Console.WriteLine($"push to delivery: p50 {Milliseconds(toDelivery, 0.50)}, p99 {Milliseconds(toDelivery, 0.99)}, max {Milliseconds(toDelivery, 1)} (target p99 <= 250 ms)");
Console.WriteLine($"callback answer: p50 {Milliseconds(pushes.Select(p => p.AnswerTime).ToList(), 0.50)}, p99 {Milliseconds(pushes.Select(p => p.AnswerTime).ToList(), 0.99)} (target p99 <= 50 ms; WeCom waits 5 s); not 200: {refused}");
Console.WriteLine($"greetings with the customer's name (the lookup answered in time): {named} of {delivered.Count}");
Console.WriteLine($"uploads once warm: {botCounts.Uploads} (on the send path: {botCounts.SendUploads}; target 0)");
Console.WriteLine($"lost (no delivery): {codes.Count - delivered.Count}; late (after {window.TotalSeconds:0} s): {toDelivery.Count(t => t > window)} (target 0 and 0)");
Console.WriteLine($"{bot.Counted}: {botCounts.Process.Describe(pushes.Count)}");
if (!inProcess)
{
    Console.WriteLine($"the emulator's process (and the load): {emulatorCounts.Describe(pushes.Count)}");
}

return codes.Count == delivered.Count && toDelivery.All(t => t <= window) ? 0 : 1;

static string Milliseconds(List<TimeSpan> times, double quantile)
{
    if (times.Count == 0)
    {
        return "n/a";
    }

    times.Sort();
    return $"{times[Math.Min(times.Count - 1, (int)Math.Ceiling(quantile * times.Count) - 1)].TotalMilliseconds:0.0} ms";
}

static bool TryPositive(string[] args, int at, int fallback, out int value)
{
    value = fallback;
    return args.Length <= at || (int.TryParse(args[at], NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0);
}
