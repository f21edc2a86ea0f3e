using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using WeComGen.Samples.WelcomeBot.Emulated;

namespace WeComGen.EndToEnd.Tests.Sample;

/// <summary>The emulated run asked to keep running: after the scripted customer, customers added by hand are welcomed too.</summary>
public sealed class KeepRunningTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task After_the_scripted_customer_a_customer_added_on_the_inbox_address_is_welcomed_and_the_run_ends_when_stopped()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        using var stop = new CancellationTokenSource();
        var run = EmulatedRun.RunAsync(builder, TextWriter.Synchronized(output), TextWriter.Synchronized(error), keepRunning: true, stop: stop.Token);

        await Until(() => output.ToString().Contains("Press Ctrl+C to stop."), run);
        var inbox = new Uri(Regex.Match(output.ToString(), @"inbox: (http://127\.0\.0\.1:\d+/)").Groups[1].Value);
        using var http = new HttpClient { BaseAddress = inbox };
        using var added = await http.PostAsync("emulator/customer?userid=lisi&external_userid=wmByHand0001", null);
        var answer = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((0, 200), (answer.GetProperty("errcode").GetInt32(), answer.GetProperty("callback_status").GetInt32()));
        await Until(async () => Delivered(await http.GetStringAsync("emulator/inbox"), "wmByHand0001"), run);

        Assert.False(run.IsCompleted);
        stop.Cancel();
        Assert.Equal(0, await run.WaitAsync(Patience));
        Assert.Contains("OK:", output.ToString());
    }

    private static bool Delivered(string inbox, string externalUserId) =>
        JsonDocument.Parse(inbox).RootElement.GetProperty("conversations").EnumerateArray().Any(conversation =>
            conversation.TryGetProperty("customer", out var customer)
            && customer.GetProperty("externalUserId").GetString() == externalUserId
            && conversation.GetProperty("delivered").GetBoolean());

    private static Task Until(Func<bool> condition, Task<int> run) => Until(() => Task.FromResult(condition()), run);

    /// <summary>Waits until <paramref name="condition"/> holds; fails if the run ends first or patience runs out.</summary>
    private static async Task Until(Func<Task<bool>> condition, Task<int> run)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            Assert.False(run.IsCompleted, $"the run ended (exit code {(run.IsCompletedSuccessfully ? run.Result : -1)}) before it was stopped");
            await Task.Delay(TimeSpan.FromMilliseconds(100), patience.Token);
        }
    }
}
