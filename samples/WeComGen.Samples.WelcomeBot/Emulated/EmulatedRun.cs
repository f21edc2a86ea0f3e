using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WeComGen.Assets;
using WeComGen.Emulator;
using WeComGen.Emulator.Callbacks;
using WeComGen.Emulator.Customers;

namespace WeComGen.Samples.WelcomeBot.Emulated;

/// <summary>
/// The default run: a WeCom emulator and the bot in one process. The emulator plays a customer being added and
/// pushes the encrypted callback; the bot welcomes them; the run reports what the emulator received and exits,
/// or, asked to keep running, serves on until stopped so that more customers can be added by hand. Asked to move
/// days on, it then moves the emulator's clock past the media_ids' three days and welcomes a second customer: the
/// refused media are uploaded again and the welcome still goes out.
/// </summary>
public static class EmulatedRun
{
    private const string MemberId = "zhangsan";
    private const string ContactMeState = "welcome-bot-sample";
    private static readonly NewCustomer FirstCustomer = new("wmEmulatedCustomer00001") { Name = "李雷", State = ContactMeState };
    private static readonly NewCustomer LaterCustomer = new("wmEmulatedCustomer00002") { Name = "韩梅梅", State = ContactMeState };

    /// <summary>The longest the scripted part of the run may take, whatever happens.</summary>
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs the scenario: 0 when the welcome was delivered inside the window, 1 otherwise (the reason on
    /// <paramref name="error"/>). With <paramref name="days"/> above zero, the emulator's clock then moves that many
    /// days on and a second customer is welcomed. With <paramref name="keepRunning"/>, the emulator and the bot then
    /// go on serving until the app is stopped (Ctrl+C) or <paramref name="stop"/> fires.
    /// </summary>
    public static async Task<int> RunAsync(WebApplicationBuilder builder, TextWriter output, TextWriter error, bool keepRunning = false, int days = 0, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        using var limit = new CancellationTokenSource(RunLimit);
        try
        {
            var clock = new EmulatorClock();
            await using var wecom = await WeComEmulator.StartAsync(new WeComEmulatorOptions { Time = clock }, limit.Token);
            builder.UseEmulator(wecom);
            builder.Logging.SetMinimumLevel(LogLevel.Warning); // the report below is the output; warnings still explain failures
            await using var bot = WelcomeBot.Build(builder);
            await bot.StartAsync(limit.Token);
            wecom.UseCallbackUrl(bot.CallbackUrl());
            output.WriteLine($"WeCom emulator on {wecom.BaseAddress}, bot callback URL {wecom.CallbackUrl}");
            output.WriteLine($"inbox: {wecom.BaseAddress} (every welcome as the customer sees it, and its code's timeline)");
            var assets = bot.Services.GetRequiredService<WelcomeAssets>();
            DeliveryReport.WriteAssets(output, assets);

            var outcomes = bot.Services.GetRequiredService<WelcomeOutcomes>();
            var (failure, first) = await WelcomeOneCustomerAsync(wecom, outcomes, FirstCustomer, output, limit.Token);
            failure ??= await ReplayAsync(wecom, first, output, limit.Token);
            if (failure is null && days > 0)
            {
                failure = await DaysLaterAsync(wecom, clock, assets, outcomes, days, output, limit.Token);
            }
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

    /// <summary>
    /// Moves the emulator's clock <paramref name="days"/> days on and welcomes another customer. Past the media_ids'
    /// validity, WeCom refuses the first send (40007): the media are uploaded again and the welcome goes out.
    /// </summary>
    private static async Task<string?> DaysLaterAsync(WeComEmulator wecom, EmulatorClock clock, WelcomeAssets assets, WelcomeOutcomes outcomes, int days, TextWriter output, CancellationToken cancellationToken)
    {
        clock.Advance(TimeSpan.FromDays(days));
        var expired = assets.Current.Names.Select(assets.Current.ExpiresAt).Any(expiresAt => expiresAt <= clock.GetUtcNow());
        output.WriteLine($"--days {days}: the emulator's clock is now {clock.GetUtcNow():yyyy-MM-dd HH:mm:ss}Z; the media_ids uploaded at start {(expired ? "have expired" : "are still valid")}");
        var uploadsBefore = assets.UploadCount;
        var (failure, _) = await WelcomeOneCustomerAsync(wecom, outcomes, LaterCustomer, output, cancellationToken);
        output.WriteLine($"uploads during the send: {assets.UploadCount - uploadsBefore} (a media_id past its expiry is uploaded again before the send; one WeCom refuses anyway, once, inside the window)");
        return failure ?? (expired && assets.UploadCount == uploadsBefore ? "the media had expired but nothing was uploaded again." : null);
    }

    /// <summary>Adds a customer, waits for the welcome and checks what was delivered; the reason it failed, or <see langword="null"/>.</summary>
    private static async Task<(string? Failure, AddedCustomer Customer)> WelcomeOneCustomerAsync(WeComEmulator wecom, WelcomeOutcomes outcomes, NewCustomer newCustomer, TextWriter output, CancellationToken cancellationToken)
    {
        var welcomed = outcomes.Expect(newCustomer.ExternalUserId);
        var customer = await wecom.AddCustomerAsync(MemberId, newCustomer, cancellationToken);
        return (await WelcomedAsync(wecom, welcomed, customer, output, cancellationToken), customer);
    }

    /// <summary>Waits for <paramref name="customer"/>'s welcome and checks what was delivered; the reason it failed, or <see langword="null"/>.</summary>
    private static async Task<string?> WelcomedAsync(WeComEmulator wecom, Task<WelcomeReport> welcomed, AddedCustomer customer, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"customer added: {customer}");
        if (!customer.Answer.Accepted)
        {
            return $"the bot did not take the callback: {customer.Answer}";
        }

        var window = wecom.Options.WelcomeCodeValidity;
        var waited = await Task.WhenAny(welcomed, Task.Delay(window + TimeSpan.FromSeconds(2), cancellationToken));
        var report = waited == welcomed ? await welcomed : null;
        if (report is null)
        {
            return $"the bot sent no welcome within the welcome code's {window.TotalSeconds:0} s.";
        }

        var (outcome, greeting) = (report.Outcome, report.Greeting);
        output.WriteLine(greeting.IsPersonalised
            ? $"customer lookup: {greeting.CustomerName}, in {greeting.LookupTime.TotalMilliseconds:0} ms"
            : $"customer lookup: no name after {greeting.LookupTime.TotalMilliseconds:0} ms ({greeting.FallbackReason}); the plain greeting goes out");
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

        DeliveryReport.Write(output, delivered[0], customer, wecom);
        return delivered[0].DeliveredAt - customer.IssuedAt > window ? "the welcome arrived after the welcome code's window." : null;
    }

    /// <summary>WeCom pushes a callback again when it got no answer in time: the bot must not welcome twice.</summary>
    private static async Task<string?> ReplayAsync(WeComEmulator wecom, AddedCustomer customer, TextWriter output, CancellationToken cancellationToken)
    {
        var replay = await wecom.ReplayCallbackAsync(customer, freshEnvelope: true, cancellationToken);
        var deliveries = wecom.Deliveries.Count(d => d.WelcomeCode == customer.WelcomeCode);
        output.WriteLine($"callback pushed again: the bot answered {replay}; deliveries of the code: {deliveries}");
        return replay.Accepted && deliveries == 1 ? null : "the replayed callback was refused or delivered again.";
    }
}
