using System.Collections.Concurrent;
using System.Collections.Generic;

namespace WeComGen.Emulator.Faults;

/// <summary>Faults waiting for the next requests of each endpoint, one fault per request, in order.</summary>
internal sealed class FaultQueue
{
    private readonly ConcurrentDictionary<EmulatedEndpoint, ConcurrentQueue<EmulatorFault>> _queues = new();

    public void Enqueue(EmulatedEndpoint endpoint, IEnumerable<EmulatorFault> faults)
    {
        var queue = _queues.GetOrAdd(endpoint, _ => new ConcurrentQueue<EmulatorFault>());
        foreach (var fault in faults)
        {
            queue.Enqueue(fault);
        }
    }

    public EmulatorFault? Next(EmulatedEndpoint endpoint) =>
        _queues.TryGetValue(endpoint, out var queue) && queue.TryDequeue(out var fault) ? fault : null;
}
