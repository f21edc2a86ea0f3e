using System;
using System.Threading;
using System.Threading.Tasks;

namespace WeComGen.Client;

/// <summary>The waits the client needs, on both target frameworks, always through a <see cref="TimeProvider"/>.</summary>
internal static class TaskCompat
{
    public static Task Delay(TimeProvider time, TimeSpan delay, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        Task.Delay(delay, time, cancellationToken);
#else
        time.Delay(delay, cancellationToken);
#endif

    /// <summary>Waits for a task shared by several callers without letting one caller's cancellation cancel it.</summary>
    public static Task<T> WaitAsync<T>(Task<T> task, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        task.WaitAsync(cancellationToken);
#else
        task.WaitAsync(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
#endif
}
