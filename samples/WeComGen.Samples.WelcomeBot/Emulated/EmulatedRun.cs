using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WeComGen.Emulator;
using WeComGen.Emulator.Callbacks;

namespace WeComGen.Samples.WelcomeBot.Emulated;

/// <summary>
/// The default run: a WeCom emulator and the bot in one process. The emulator plays a customer being added and
/// pushes the encrypted callback; the bot welcomes them; the run reports what the emulator received and exits,
/// or, asked to keep running, serves on until stopped so that more customers can be added by hand.
/// </summary>
public static class EmulatedRun
{
    private const string MemberId = "zhangsan";
    private const string CustomerId = "wmEmulatedCustomer00001";
    private const string ContactMeState = "welcome-bot-sample";

    /// <summary>The longest the scripted part of the run may take, whatever happens.</summary>
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs the scenario: 0 when the welcome was delivered inside the window, 1 otherwise (the reason on
    /// <paramref name="error"/>). With <paramref name="keepRunning"/>, the emulator and the bot then go on serving
    /// until the app is stopped (Ctrl+C) or <paramref name="stop"/> fires.
    /// </summary>
    public static async Task<int> RunAsync(WebApplicationBuilder builder, TextWriter output, TextWriter error, bool keepRunning = false, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        using var limit = new CancellationTokenSource(RunLimit);
        try
        {
            await using var wecom = await WeComEmulator.StartAsync(cancellationToken: limit.Token);
            builder.UseEmulator(wecom);
            builder.Logging.SetMinimumLevel(LogLevel.Warning); // the report below is the output; warnings still explain failures
            await using var bot = WelcomeBot.Build(builder);
            await bot.StartAsync(limit.Token);
            wecom.UseCallbackUrl(bot.CallbackUrl());
            output.WriteLine($"WeCom emulator on {wecom.BaseAddress}, bot callback URL {wecom.CallbackUrl}");
            output.WriteLine($"inbox: {wecom.BaseAddress} (every welcome as the customer sees it, and its code's timeline)");

            var failure = await WelcomeOneCustomerAsync(wecom, bot.Services.GetRequiredService<WelcomeOutcomes>(), output, limit.Token);
            if (failure is not null)
            {
                error.WriteLine("FAILED: " + failure);
            }
            else
            {
                output.WriteLine("OK: the welcome was delivered once, inside the welcome code's window.");
            }

            if (keepRunning)
            {
                output.WriteLine($"The emulator and the bot keep running: add customers on {wecom.BaseAddress} or with");
                output.WriteLine($"  curl -X POST '{wecom.BaseAddress}emulator/customer?userid={MemberId}&external_userid=wmByHand0001'");
                output.WriteLine("Press Ctrl+C to stop.");
                await bot.WaitForShutdownAsync(stop);
            }

            await bot.StopAsync(CancellationToken.None);
            return failure is null ? 0 : 1;
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            error.WriteLine($"FAILED: the run did not finish within {RunLimit.TotalSeconds:0} s.");
            return 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Start-up problems (a port, bad options) end the run with their message; none of them quotes a secret.
            error.WriteLine($"FAILED: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }

    /// <summary>Adds a customer, waits for the welcome and checks what was delivered; the reason it failed, or <see langword="null"/>.</summary>
    private static async Task<string?> WelcomeOneCustomerAsync(WeComEmulator wecom, WelcomeOutcomes outcomes, TextWriter output, CancellationToken cancellationToken)
    {
        var welcomed = outcomes.Expect(CustomerId);
        var customer = await wecom.AddCustomerAsync(MemberId, CustomerId, ContactMeState, cancellationToken);
        output.WriteLine($"customer added: {customer}");
        if (!customer.Answer.Accepted)
        {
            return $"the bot did not take the callback: {customer.Answer}";
        }

        var window = wecom.Options.WelcomeCodeValidity;
        var waited = await Task.WhenAny(welcomed, Task.Delay(window + TimeSpan.FromSeconds(2), cancellationToken));
        var outcome = waited == welcomed ? await welcomed : null;
        if (outcome is null)
        {
            return $"the bot sent no welcome within the welcome code's {window.TotalSeconds:0} s.";
        }

        output.WriteLine($"the bot's client: {outcome}");
        if (!outcome.IsSuccess)
        {
            return $"the welcome was not sent: {outcome.Failure!.Message}";
        }

        var delivered = wecom.Deliveries.Where(d => d.WelcomeCode == customer.WelcomeCode).ToList();
        if (delivered.Count != 1)
        {
            return $"the emulator recorded {delivered.Count} deliveries of the code.";
        }

        DeliveryReport.Write(output, delivered[0], customer);
        if (delivered[0].DeliveredAt - customer.IssuedAt > window)
        {
            return "the welcome arrived after the welcome code's window.";
        }

        // WeCom pushes a callback again when it got no answer in time: the bot must not welcome twice.
        var replay = await wecom.ReplayCallbackAsync(customer, freshEnvelope: true, cancellationToken);
        var deliveries = wecom.Deliveries.Count(d => d.WelcomeCode == customer.WelcomeCode);
        output.WriteLine($"callback pushed again: the bot answered {replay}; deliveries of the code: {deliveries}");
        return replay.Accepted && deliveries == 1 ? null : "the replayed callback was refused or delivered again.";
    }
}
