using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using WeComGen.AspNetCore;
using WeComGen.Extensions.DependencyInjection;

namespace WeComGen.Callbacks.Tests.Hosting;

/// <summary>The callback queue's check: Degraded once the queue is fuller than the threshold, Healthy below.</summary>
public sealed class CallbackQueueHealthTests
{
    [Theory]
    [InlineData(0, HealthStatus.Healthy)]
    [InlineData(2, HealthStatus.Healthy)]
    [InlineData(3, HealthStatus.Degraded)]
    [InlineData(4, HealthStatus.Degraded)]
    public async Task Reports_the_queues_fill_against_half_its_capacity(int queued, HealthStatus expected)
    {
        var queue = new CallbackQueue(Options.Create(new WeComCallbackOptions { QueueCapacity = 4 }));
        for (var i = 0; i < queued; i++)
        {
            Assert.True(queue.TryEnqueue(new CallbackWorkItem(null!, (_, _) => Task.CompletedTask, DateTimeOffset.UnixEpoch, default)));
        }

        var check = new CallbackQueueHealthCheck(queue, new WeComHealthCheckOptions { QueueDegradedFill = 0.5 });
        var result = await check.CheckHealthAsync(new HealthCheckContext { Registration = new HealthCheckRegistration("wecom-callbacks", check, null, null) });

        Assert.Equal(expected, result.Status);
        Assert.Equal(queued, result.Data["queued"]);
        Assert.Equal(4, result.Data["capacity"]);
    }
}
