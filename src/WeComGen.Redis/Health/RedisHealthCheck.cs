using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WeComGen.Redis;

/// <summary>
/// Whether the instances share through Redis now: Healthy when it answers a PING in time, Degraded while WeComGen
/// runs in-process instead (each instance its own tokens, de-duplication and claims). Names neither the connection
/// string nor a key.
/// </summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.RunAsync(database => database.PingAsync(), cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("Redis answers", new Dictionary<string, object> { ["ping_ms"] = latency.TotalMilliseconds });
        }
        catch (RedisUnavailableException e)
        {
            return HealthCheckResult.Degraded(
                $"Redis is unavailable ({e.Message}): each instance runs in-process, with its own tokens, callback de-duplication and welcome-code claims",
                data: new Dictionary<string, object> { ["cause"] = e.Message, ["fallback"] = "in-process" });
        }
    }
}
