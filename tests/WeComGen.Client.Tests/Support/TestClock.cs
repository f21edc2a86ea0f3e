using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace WeComGen.Client.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports every timer it creates, so a test advances time exactly when
/// the client waits. With <see cref="SkipWaits"/>, every wait is skipped by moving the clock forward by it.
/// A wait is a delay (the client's backoff, the emulator's slow answer); the timers of timeouts and deadlines
/// (a cancellation source's) are not waits: they fire when the clock passes them, moved by a test or a wait.
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

    public TestClock()
        : base(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Whether waits pass at once, each moving the clock forward by its length.</summary>
    public bool SkipWaits { get; init; }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan && state is not CancellationTokenSource)
        {
            if (SkipWaits)
            {
                ThreadPool.QueueUserWorkItem(_ => Advance(dueTime));
            }
            else
            {
                _waits.Writer.TryWrite(dueTime);
            }
        }

        return timer;
    }

    /// <summary>The length of the next wait the code under test starts.</summary>
    public async Task<TimeSpan> NextWaitAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _waits.Reader.ReadAsync(patience.Token);
    }
}
