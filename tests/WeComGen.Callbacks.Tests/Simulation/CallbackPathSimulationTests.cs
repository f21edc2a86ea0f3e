using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WeComGen.Callbacks.Tests.Simulation;

/// <summary>
/// Thousands of seeded schedules of pushes, WeCom's re-sends, replays and clocks apart, played against the callback
/// path; each must keep the contract's invariants. A failure names its seed: set <see cref="SeedVariable"/> to it to
/// play that schedule alone.
/// </summary>
public class CallbackPathSimulationTests
{
    /// <summary>Set to a seed to play only that schedule.</summary>
    public const string SeedVariable = "WECOMGEN_CALLBACK_SEED";

    private const int Schedules = 2000;

    [Fact]
    public async Task Every_schedule_keeps_the_callback_invariants()
    {
        var seeds = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } seed ? [int.Parse(seed)] : Enumerable.Range(0, Schedules);
        foreach (var each in seeds)
        {
            var schedule = CallbackSchedule.Generate(each, CallbackSimulation.Start);
            try
            {
                var (exchanges, logs) = await CallbackSimulation.RunAsync(schedule);
                AssertInvariants(schedule, exchanges, logs);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"The schedule of seed {each} broke an invariant; replay it alone with {SeedVariable}={each}.\n{schedule}\n{e}");
            }
        }
    }

    private static void AssertInvariants(CallbackSchedule schedule, IReadOnlyList<Exchange> exchanges, IReadOnlyList<Microsoft.Extensions.Logging.Testing.FakeLogRecord> logs)
    {
        foreach (var exchange in exchanges)
        {
            ARequestOutsideTheReplayWindowReachesNoHandler(schedule, exchange);
            EveryRefusalHasATypedReason(exchange);
            foreach (var dispatched in exchange.Dispatched)
            {
                ItIsTheEventItCameWith(exchange, dispatched);
                AReSendNeverExtendsTheCodesWindow(schedule, exchange, dispatched);
                AFirstPushWithinTheAllowanceKeepsItsWholeWindow(schedule, exchange, dispatched);
            }
        }

        EachEventReachesAHandlerOnceIfAnyDeliveryArrived(schedule, exchanges);
        EachRefusalIsLoggedOnceAsAWarning(exchanges, logs);
    }

    private static void ARequestOutsideTheReplayWindowReachesNoHandler(CallbackSchedule schedule, Exchange exchange)
    {
        if ((exchange.ArrivedAt - exchange.SignedAt).Duration() > schedule.TimestampTolerance)
        {
            Assert.Equal(StatusCodes.Status400BadRequest, exchange.Status);
            Assert.Equal("invalid callback: StaleTimestamp", exchange.Body);
            Assert.Empty(exchange.Dispatched);
        }
    }

    private static void EveryRefusalHasATypedReason(Exchange exchange)
    {
        if (exchange.Status != StatusCodes.Status200OK)
        {
            Assert.StartsWith("invalid callback: ", exchange.Body);
            Assert.True(Enum.TryParse<CallbackErrorReason>(exchange.Body["invalid callback: ".Length..], out _), exchange.Body);
        }
    }

    private static void ItIsTheEventItCameWith(Exchange exchange, WeComCallbackEvent dispatched) =>
        Assert.Equal("u" + exchange.Event.Id, dispatched.Fields.Find("UserID"));

    /// <summary>
    /// WeCom's 20 s run from the first push. Nothing here can tell WeCom's clock being ahead from a fresh event, so
    /// the bound is the first push plus the allowance plus however far WeCom's clock is ahead.
    /// </summary>
    private static void AReSendNeverExtendsTheCodesWindow(CallbackSchedule schedule, Exchange exchange, WeComCallbackEvent dispatched)
    {
        if (dispatched is ExternalContactAddedEvent { WelcomeCode.ReceivedAt: { } receivedAt })
        {
            var ahead = schedule.WeComClockAhead > TimeSpan.Zero ? schedule.WeComClockAhead : TimeSpan.Zero;
            Assert.True(
                receivedAt <= exchange.Event.CreatedAt + schedule.CreateTimeAllowance + ahead,
                $"delivery {exchange.Attempt}: the code counts from {receivedAt:O}, after the first push {exchange.Event.CreatedAt:O} + allowance + {ahead}");
            Assert.True(receivedAt <= exchange.ArrivedAt);
        }
    }

    /// <summary>
    /// The bound costs an honest first push nothing while WeCom's clock is behind ours by no more than the allowance
    /// less the network delay and the second CreateTime drops.
    /// </summary>
    private static void AFirstPushWithinTheAllowanceKeepsItsWholeWindow(CallbackSchedule schedule, Exchange exchange, WeComCallbackEvent dispatched)
    {
        var latency = exchange.ArrivedAt - exchange.Event.CreatedAt;
        if (exchange.Attempt == 0 && !exchange.IsReplay && schedule.WeComClockAhead + schedule.CreateTimeAllowance >= latency + TimeSpan.FromSeconds(1)
            && dispatched is ExternalContactAddedEvent { WelcomeCode.ReceivedAt: { } receivedAt })
        {
            Assert.Equal(exchange.ArrivedAt, receivedAt);
        }
    }

    private static void EachEventReachesAHandlerOnceIfAnyDeliveryArrived(CallbackSchedule schedule, IReadOnlyList<Exchange> exchanges)
    {
        foreach (var scheduled in schedule.Events)
        {
            var arrived = exchanges.Any(e => e.Event == scheduled && !e.IsReplay);
            var dispatches = exchanges.Where(e => e.Event == scheduled).Sum(e => e.Dispatched.Count);
            Assert.True(dispatches == (arrived ? 1 : 0), $"event {scheduled.Id} reached a handler {dispatches} times; a delivery arrived: {arrived}");
        }
    }

    private static void EachRefusalIsLoggedOnceAsAWarning(IReadOnlyList<Exchange> exchanges, IReadOnlyList<Microsoft.Extensions.Logging.Testing.FakeLogRecord> logs)
    {
        var refusals = exchanges.Where(e => e.Status != StatusCodes.Status200OK).Select(e => e.Body["invalid callback: ".Length..]).Order().ToArray();
        var warnings = logs.Where(r => r.Id.Id == 1).ToArray();
        Assert.All(warnings, w => Assert.Equal(LogLevel.Warning, w.Level));
        Assert.Equal(refusals, warnings.Select(w => w.GetStructuredStateValue("Reason")!).Order().ToArray());
        Assert.DoesNotContain(logs, r => r.Level >= LogLevel.Error);
    }
}
