using System;
using System.Threading;
using System.Threading.Tasks;

namespace WeComGen.Emulator.WelcomeCodes;

/// <summary>Holds in-flight deliveries until released, so a test can meet a send in flight for certain.</summary>
internal sealed class DeliveryGate
{
    private TaskCompletionSource? _hold;

    public Task PassAsync() => Volatile.Read(ref _hold)?.Task ?? Task.CompletedTask;

    public IDisposable Hold()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (Interlocked.CompareExchange(ref _hold, hold, null) is not null)
        {
            throw new InvalidOperationException("Deliveries are already held.");
        }

        return new Release(this, hold);
    }

    private sealed class Release(DeliveryGate gate, TaskCompletionSource hold) : IDisposable
    {
        public void Dispose()
        {
            Interlocked.CompareExchange(ref gate._hold, null, hold);
            hold.TrySetResult();
        }
    }
}
