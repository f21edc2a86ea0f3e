using System;
using System.Threading;

namespace WeComGen.Samples.WelcomeBot.Emulated;

/// <summary>The emulator's clock: the system's, moved on by <see cref="Advance"/> to show what days later look like.</summary>
internal sealed class EmulatorClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
