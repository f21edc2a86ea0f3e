using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using WeComGen.Client.Tests.Support;
using WeComGen.Diagnostics;

namespace WeComGen.Client.Tests.Telemetry;

/// <summary>AddWeComClient records on the host's meter factory, so its listeners and its disposal apply.</summary>
public sealed class TelemetryRegistrationTests
{
    [Fact]
    public async Task The_registered_client_records_on_a_meter_from_the_hosts_factory()
    {
        await using var harness = await Harness.StartAsync();
        var services = new ServiceCollection();
        services.AddMetrics();
        services.AddSingleton<TimeProvider>(harness.Clock);
        services.AddWeComClient(options =>
        {
            options.CorpId = harness.Emulator.CorpId;
            options.Secret = harness.Emulator.Secret;
            options.BaseAddress = harness.Emulator.BaseAddress;
        });
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IMeterFactory>();
        using var durations = new MetricCollector<double>(factory, WeComTelemetry.Name, "wecomgen.client.operation.duration");
        using var fetches = new MetricCollector<long>(factory, WeComTelemetry.Name, "wecomgen.token.fetches");

        await harness.SendAsync(harness.ReceiveCode(), provider.GetRequiredService<WeComClient>());

        Assert.Same(factory, provider.GetRequiredService<WeComTelemetry>().Meter.Scope);
        Assert.Equal("sent", Assert.Single(durations.GetMeasurementSnapshot()).Tags["wecomgen.outcome"]);
        Assert.Equal(1, Assert.Single(fetches.GetMeasurementSnapshot()).Value);
    }
}
