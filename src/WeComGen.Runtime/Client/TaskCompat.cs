using System;
using System.Threading;
using System.Threading.Tasks;

namespace WeComGen.Client;

/// <summary>The waits the client needs, on both target frameworks, always through a <see cref="TimeProvider"/>.</summary>
internal static class TaskCompat
{
    /// <summary>
    /// Waits <paramref name="delay"/> on <paramref name="time"/>. The wait's end, by its timer or by the token, runs
    /// what awaits it on the thread that ended it (as the attempt's answer does), never queued behind other work:
    /// Task.Delay's own cancellation completes its awaiters on the thread pool.
    /// </summary>
    public static Task Delay(TimeProvider time, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        var wait = new TimedWait(cancellationToken);
        wait.Start(time, delay);
        return wait.Task;
    }

    private sealed class TimedWait : TaskCompletionSource<bool>
    {
        private readonly CancellationToken _cancellationToken;
        private CancellationTokenRegistration _registration;
        private ITimer? _timer;

        public TimedWait(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

        public void Start(TimeProvider time, TimeSpan delay)
        {
            _timer = time.CreateTimer(static wait => ((TimedWait)wait!).End(cancelled: false), this, delay, Timeout.InfiniteTimeSpan);
            _registration = _cancellationToken.Register(static wait => ((TimedWait)wait!).End(cancelled: true), this);
        }

        private void End(bool cancelled)
        {
            if (cancelled ? TrySetCanceled(_cancellationToken) : TrySetResult(true))
            {
                _timer?.Dispose();
                _registration.Dispose();
            }
        }
    }

    /// <summary>Waits for a task shared by several callers without letting one caller's cancellation cancel it.</summary>
    public static Task<T> WaitAsync<T>(Task<T> task, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        task.WaitAsync(cancellationToken);
#else
        task.WaitAsync(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
#endif

    /// <summary>Waits for <paramref name="task"/> until <paramref name="cancellationToken"/> fires, without cancelling it.</summary>
    public static Task WaitAsync(Task task, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        task.WaitAsync(cancellationToken);
#else
        task.WaitAsync(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
#endif
}
