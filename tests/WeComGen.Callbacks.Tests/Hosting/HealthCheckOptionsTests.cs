using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WeComGen.Callbacks.Tests.Hosting;

/// <summary>Health thresholds are checked when the host starts: one that cannot work stops it, named but never quoted.</summary>
public sealed class HealthCheckOptionsTests
{
    [Fact]
    public async Task A_queue_threshold_of_0_stops_the_host_from_starting()
    {
        await using var app = Build(0);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("WeComHealthCheckOptions.QueueDegradedFill", failure.Message);
    }

    [Theory]
    [InlineData(-0.25)]
    [InlineData(1.75)]
    [InlineData(double.NaN)]
    public async Task A_queue_threshold_outside_0_to_1_stops_the_host_from_starting_and_is_never_quoted(double fill)
    {
        await using var app = Build(fill);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("WeComHealthCheckOptions.QueueDegradedFill", failure.Message);
        Assert.DoesNotContain(fill.ToString(CultureInfo.InvariantCulture), failure.Message);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public async Task A_queue_threshold_within_0_to_1_starts(double fill)
    {
        await using var app = Build(fill);

        await app.StartAsync();
        await app.StopAsync();
    }

    private static WebApplication Build(double fill)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddHealthChecks().AddWeComHealthChecks(options => options.QueueDegradedFill = fill);
        return builder.Build();
    }
}
