using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WeComGen.Extensions.DependencyInjection;

namespace WeComGen.AspNetCore;

/// <summary>
/// One callback endpoint's queue: Degraded once it is fuller than <see cref="WeComHealthCheckOptions.QueueDegradedFill"/>
/// of its capacity (handlers are not keeping up; when it is full WeCom is answered 503), Healthy below.
/// </summary>
internal sealed class CallbackQueueHealthCheck(CallbackQueue queue, WeComHealthCheckOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var count = queue.Count;
        var data = new Dictionary<string, object> { ["queued"] = count, ["capacity"] = queue.Capacity };
        var description = $"{count} of {queue.Capacity} callbacks wait for a handler";
        return Task.FromResult(count > options.QueueDegradedFill * queue.Capacity
            ? HealthCheckResult.Degraded(description + $", more than {options.QueueDegradedFill:P0}", data: data)
            : HealthCheckResult.Healthy(description, data));
    }
}
