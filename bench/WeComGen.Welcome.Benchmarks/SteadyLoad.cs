using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using WeComGen.Emulator;
using WeComGen.Emulator.Callbacks;
using WeComGen.Emulator.Customers;

namespace WeComGen.Welcome.Benchmarks;

/// <summary>One customer added: the emulator's record of it and how long the bot took to answer its callback.</summary>
internal sealed record PushedCallback(AddedCustomer Customer, TimeSpan AnswerTime);

/// <summary>Adds customers on the emulator at a steady rate, each on its own schedule, without waiting for the last.</summary>
internal static class SteadyLoad
{
    private const string MemberId = "zhangsan";

    /// <summary>
    /// Adds <paramref name="perSecond"/> customers a second for <paramref name="duration"/>; returns the pushes and the
    /// rate the schedule was actually kept at (customers added over the time it took to start them all).
    /// </summary>
    public static async Task<(IReadOnlyList<PushedCallback> Pushes, double AchievedRate)> RunAsync(WeComEmulator wecom, int perSecond, TimeSpan duration, string prefix, CancellationToken cancellationToken)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var pushes = new Task<PushedCallback>[total];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, cancellationToken);
            }

            pushes[i] = PushAsync(wecom, new NewCustomer($"{prefix}{i:D7}") { Name = $"客户{i}" }, cancellationToken);
        }

        var started = clock.Elapsed;
        return (await Task.WhenAll(pushes), total / started.TotalSeconds);
    }

    private static async Task<PushedCallback> PushAsync(WeComEmulator wecom, NewCustomer customer, CancellationToken cancellationToken)
    {
        await Task.Yield(); // the schedule goes on while this customer's callback is pushed
        var start = Stopwatch.GetTimestamp();
        var added = await wecom.AddCustomerAsync(MemberId, customer, cancellationToken);
        return new PushedCallback(added, Stopwatch.GetElapsedTime(start));
    }
}
