using System;
using System.Threading;
#if !NET8_0_OR_GREATER
using System.Threading.Tasks; // TimeProviderTaskExtensions
#endif

namespace WeComGen.Client;

/// <summary>
/// A cancellation that fires after a delay measured on a <see cref="TimeProvider"/>, or when the caller's token
/// does: the timeouts of attempts and the window of an event credential run on the client's clock, so tests that
/// control the clock control every timer the client uses.
/// </summary>
internal sealed class TimedCancellation : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationTokenRegistration _caller;

    public TimedCancellation(TimeProvider time, TimeSpan delay, CancellationToken caller)
    {
        // A delay already over cancels at once; a CancellationTokenSource refuses negative delays.
        var due = delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
#if NET8_0_OR_GREATER
        _source = new CancellationTokenSource(due, time);
        _caller = caller.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), _source);
#else
        _source = time.CreateCancellationTokenSource(due);
        _caller = caller.Register(static source => ((CancellationTokenSource)source!).Cancel(), _source);
#endif
    }

    public CancellationToken Token => _source.Token;

    /// <summary>Whether the delay ran out (rather than the caller cancelling).</summary>
    public bool Elapsed(CancellationToken caller) => _source.IsCancellationRequested && !caller.IsCancellationRequested;

    public void Dispose()
    {
        _caller.Dispose();
        _source.Dispose();
    }
}
