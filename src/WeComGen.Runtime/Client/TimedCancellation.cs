using System;
using System.Threading;

namespace WeComGen.Client;

/// <summary>
/// A cancellation that fires when the caller's token does, or after a delay measured on a <see cref="TimeProvider"/>
/// once armed: the timeouts of attempts and the deadline of a token wait run on the client's clock, so tests that
/// control the clock control every timer the client uses. Unarmed, it costs no timer.
/// </summary>
internal sealed class TimedCancellation : IDisposable
{
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _source = new();
    private readonly CancellationTokenRegistration _caller;
    private ITimer? _timer;

    /// <summary>A cancellation linked to <paramref name="caller"/>, not yet armed.</summary>
    public TimedCancellation(TimeProvider time, CancellationToken caller)
    {
        _time = time;
#if NET8_0_OR_GREATER
        _caller = caller.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), _source);
#else
        _caller = caller.Register(static source => ((CancellationTokenSource)source!).Cancel(), _source);
#endif
    }

    /// <summary>A cancellation linked to <paramref name="caller"/> that fires after <paramref name="delay"/>.</summary>
    public TimedCancellation(TimeProvider time, TimeSpan delay, CancellationToken caller)
        : this(time, caller) => CancelAfter(delay);

    public CancellationToken Token => _source.Token;

    /// <summary>Whether the delay ran out (rather than the caller cancelling).</summary>
    public bool Elapsed(CancellationToken caller) => _source.IsCancellationRequested && !caller.IsCancellationRequested;

    /// <summary>Arms the delay; one already over cancels at once.</summary>
    public void CancelAfter(TimeSpan delay)
    {
        if (delay <= TimeSpan.Zero)
        {
            _source.Cancel();
        }
        else if (ReferenceEquals(_time, TimeProvider.System))
        {
            _source.CancelAfter(delay);
        }
        else
        {
            _timer = _time.CreateTimer(static source => ((CancellationTokenSource)source!).Cancel(), _source, delay, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        _caller.Dispose();
        _timer?.Dispose();
        _source.Dispose();
    }
}
