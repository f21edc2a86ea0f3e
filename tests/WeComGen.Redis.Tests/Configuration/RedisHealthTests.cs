using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WeComGen.Redis.Tests.Support;
using WeComGen.Tokens;

namespace WeComGen.Redis.Tests.Configuration;

/// <summary>The Redis check: Healthy while Redis answers, Degraded while the instances run in-process; never the connection string.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisHealthTests(RedisServer redis)
{
    [Fact]
    public async Task While_Redis_answers_it_is_healthy()
    {
        var entry = await CheckAsync(redis.ConnectionString);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Contains("wecom", entry.Tags);
    }

    [Fact]
    public async Task While_Redis_is_away_it_is_degraded_and_says_it_runs_in_process_without_the_connection_string()
    {
        var entry = await CheckAsync("127.0.0.1:1,password=hunter2");

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal("in-process", entry.Data["fallback"]);
        var shown = entry.Description + string.Join(";", entry.Data.Select(pair => pair.Key + "=" + pair.Value));
        Assert.DoesNotContain("hunter2", shown);
        Assert.DoesNotContain("127.0.0.1", shown);
    }

    [Fact]
    public async Task Apps_added_by_name_share_tokens_through_Redis_too()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddWeComClient("sales", options => { options.CorpId = "wwcorp"; options.Secret = "sales-secret"; });
        services.AddWeComRedis(redis.ConnectionString);
        services.AddWeComClient("support", options => { options.CorpId = "wwcorp"; options.Secret = "support-secret"; });
        await using var provider = services.BuildServiceProvider();

        Assert.IsType<RedisAccessTokenSource>(provider.GetRequiredKeyedService<IAccessTokenSource>("sales"));
        Assert.IsType<RedisAccessTokenSource>(provider.GetRequiredKeyedService<IAccessTokenSource>("support"));
        Assert.NotSame(provider.GetRequiredKeyedService<IAccessTokenSource>("sales"), provider.GetRequiredKeyedService<IAccessTokenSource>("support"));
    }

    private static async Task<HealthReportEntry> CheckAsync(string connectionString)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddHealthChecks().AddWeComHealthChecks();
        services.AddWeComRedis(options =>
        {
            options.ConnectionString = connectionString;
            options.OperationTimeout = TimeSpan.FromSeconds(2); // the machine may be busy
        });
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        return report.Entries["wecom-redis"];
    }
}
