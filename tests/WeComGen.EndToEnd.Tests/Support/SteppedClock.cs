namespace WeComGen.EndToEnd.Tests.Support;

/// <summary>The system's clock, moved on by <see cref="Advance"/>: WeCom's and the bot's, shared, as in production.</summary>
internal sealed class SteppedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
