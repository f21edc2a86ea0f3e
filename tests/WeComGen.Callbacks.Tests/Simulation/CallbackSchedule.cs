namespace WeComGen.Callbacks.Tests.Simulation;

/// <summary>One event WeCom pushes: what it is, when WeCom created it (our clock) and what befalls each delivery.</summary>
/// <param name="Id">Its number in the schedule; it is the event's UserID, and its welcome code's suffix.</param>
/// <param name="Kind">An added contact with or without a welcome code, or another event.</param>
/// <param name="CreatedAt">When WeCom created it and sent the first push, by our clock.</param>
/// <param name="Deliveries">
/// The first push and up to three re-sends, 5 s apart: WeCom sends the next one while it has no 200 answer.
/// </param>
internal sealed record ScheduledEvent(int Id, EventKind Kind, DateTimeOffset CreatedAt, IReadOnlyList<DeliveryFate> Deliveries);

internal enum EventKind
{
    AddedWithCode,
    AddedWithoutCode,
    Other,
}

/// <summary>What happens to one delivery: its network delay, whether it reaches us and whether our answer reaches WeCom.</summary>
internal sealed record DeliveryFate(TimeSpan Latency, bool Arrives, bool AnswerArrives, IReadOnlyList<TimeSpan> ReplaysAfter);

/// <summary>
/// A schedule of the callback path: events, WeCom's re-sends, replays of captured requests after random delays,
/// WeCom's clock against ours, and the endpoint's settings. The same seed always gives the same schedule.
/// </summary>
internal sealed record CallbackSchedule(
    int Seed,
    TimeSpan WeComClockAhead,
    TimeSpan TimestampTolerance,
    TimeSpan CreateTimeAllowance,
    TimeSpan DeduplicationWindow,
    IReadOnlyList<ScheduledEvent> Events)
{
    /// <summary>WeCom re-sends an unanswered callback after 5 s, three times at most.</summary>
    public static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(5);

    public const int MaxDeliveries = 4;

    public static CallbackSchedule Generate(int seed, DateTimeOffset start)
    {
        var random = new Random(seed);
        var events = Enumerable.Range(0, random.Next(1, 5)).Select(id => new ScheduledEvent(
            id,
            random.Next(10) switch { < 8 => EventKind.AddedWithCode, 8 => EventKind.AddedWithoutCode, _ => EventKind.Other },
            start + Millis(random, 0, 60_000),
            Enumerable.Range(0, MaxDeliveries).Select(_ => Fate(random)).ToArray())).ToArray();

        return new CallbackSchedule(
            seed,
            WeComClockAhead: Millis(random, -8_000, 8_000),
            TimestampTolerance: Pick(random, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5)),
            CreateTimeAllowance: Pick(random, TimeSpan.Zero, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10)),
            DeduplicationWindow: Pick(random, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(2)),
            events);
    }

    /// <summary>The whole schedule, for a failure message.</summary>
    public override string ToString() =>
        $"seed {Seed}: WeCom's clock ahead by {WeComClockAhead}, replay window {TimestampTolerance}, CreateTime allowance {CreateTimeAllowance}, "
        + $"de-duplication window {DeduplicationWindow}; events: {string.Join("; ", Events.Select(Describe))}";

    private static string Describe(ScheduledEvent scheduled) =>
        $"#{scheduled.Id} {scheduled.Kind} created {scheduled.CreatedAt:HH:mm:ss.fff}, deliveries "
        + string.Join(", ", scheduled.Deliveries.Select(fate =>
            (fate.Arrives ? $"+{fate.Latency.TotalMilliseconds} ms" : "lost")
            + (fate.Arrives && !fate.AnswerArrives ? " (answer lost)" : "")
            + (fate.ReplaysAfter.Count > 0 ? $" replayed after {string.Join(" and ", fate.ReplaysAfter)}" : "")));

    private static DeliveryFate Fate(Random random)
    {
        var arrives = random.Next(4) != 0;
        return new DeliveryFate(
            Millis(random, 0, 1_500),
            arrives,
            AnswerArrives: random.Next(3) != 0,
            ReplaysAfter: arrives ? Enumerable.Range(0, random.Next(3)).Select(_ => ReplayDelay(random)).ToArray() : []);
    }

    /// <summary>Soon (inside any window), minutes later (around the windows), or hours later.</summary>
    private static TimeSpan ReplayDelay(Random random) => random.Next(10) switch
    {
        < 4 => Millis(random, 0, 60_000),
        < 8 => Millis(random, 60_000, 600_000),
        _ => Millis(random, 3_600_000, 3 * 3_600_000),
    };

    private static TimeSpan Millis(Random random, int min, int max) => TimeSpan.FromMilliseconds(random.Next(min, max + 1));

    private static TimeSpan Pick(Random random, params TimeSpan[] choices) => choices[random.Next(choices.Length)];
}
