using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WeComGen.AspNetCore;
using WeComGen.Client;
using WeComGen.Emulator;
using WeComGen.ExternalContact;
using WeComGen.Redis.Tests.Support;
using WeComGen.Tokens;

namespace WeComGen.Redis.Tests.Configuration;

/// <summary>One registration line; settings checked at start, by name; in-memory stays the default.</summary>
public sealed class AddWeComRedisTests
{
    [Fact]
    public void Without_it_everything_stays_in_process()
    {
        var services = new ServiceCollection();
        services.AddWeComClient(options => { options.CorpId = "wwcorp"; options.Secret = "secret"; });
        services.AddWeComCallbacks(options => { options.Token = "token"; options.EncodingAesKey = new string('a', 43); options.ReceiveId = "wwcorp"; });
        using var provider = services.BuildServiceProvider();

        Assert.IsType<WeComAccessTokenSource>(provider.GetRequiredService<IAccessTokenSource>());
        Assert.IsType<CallbackDeduplicator>(provider.GetRequiredService<IWeComCallbackDeduplicator>());
        Assert.Null(provider.GetService<ICredentialClaims>());
    }

    [Fact]
    public void It_replaces_the_in_process_defaults_whichever_is_registered_first()
    {
        var services = new ServiceCollection();
        services.AddWeComRedis("127.0.0.1:1");
        services.AddWeComClient(options => { options.CorpId = "wwcorp"; options.Secret = "secret"; });
        services.AddWeComCallbacks(options => { options.Token = "token"; options.EncodingAesKey = new string('a', 43); options.ReceiveId = "wwcorp"; });
        using var provider = services.BuildServiceProvider();

        Assert.IsType<RedisAccessTokenSource>(provider.GetRequiredService<IAccessTokenSource>());
        Assert.IsType<RedisCallbackDeduplicator>(provider.GetRequiredService<IWeComCallbackDeduplicator>());
        Assert.IsType<RedisCredentialClaims>(provider.GetRequiredService<ICredentialClaims>());
    }

    [Fact]
    public async Task Settings_that_cannot_work_stop_the_start_naming_the_setting_never_its_value()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = "redis.internal:6379,password=hunter2",
            ["Redis:OperationTimeout"] = "-00:00:01",
            ["Redis:MaxGetTokenCallsPerMinute"] = "0",
        }).Build();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddWeComRedis(configuration.GetSection("Redis"));
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("OperationTimeout", refused.Message);
        Assert.Contains("MaxGetTokenCallsPerMinute", refused.Message);
        Assert.DoesNotContain("hunter2", refused.Message);
        Assert.DoesNotContain("redis.internal", refused.Message);
    }

    [Theory]
    [InlineData("00:00:01", "00:00:02.999")]
    [InlineData("00:00:00.500", "00:00:01")]
    public async Task A_refresh_lock_shorter_than_three_operation_timeouts_stops_the_start(string operationTimeout, string tokenLockTimeout)
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(operationTimeout, tokenLockTimeout));

        Assert.Contains("TokenLockTimeout must be at least 3 times OperationTimeout", refused.Message);
        Assert.DoesNotContain(tokenLockTimeout, refused.Message);
    }

    [Fact]
    public async Task A_refresh_lock_of_three_operation_timeouts_starts()
    {
        await StartAsync("00:00:01", "00:00:03");
    }

    [Fact]
    public async Task A_connection_string_that_cannot_be_used_starts_the_app_in_process_and_says_so_once()
    {
        await using var emulator = await WeComEmulator.StartAsync();
        await using var instance = Instance.Start(emulator, "127.0.0.1:1,password=hunter2,nonsense-setting=1", Instance.NewPrefix());

        var first = await instance.SendAsync(emulator.IssueWelcomeCode());
        var second = await instance.SendAsync(emulator.IssueWelcomeCode());

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(first);
        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(second);
        var said = instance.Logs.GetSnapshot().Where(record => record.Id.Id is 300 or 302).ToList();
        Assert.Single(said);
        Assert.DoesNotContain("hunter2", said[0].Message);
    }

    private static async Task StartAsync(string operationTimeout, string tokenLockTimeout)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = "127.0.0.1:1",
            ["Redis:OperationTimeout"] = operationTimeout,
            ["Redis:TokenLockTimeout"] = tokenLockTimeout,
        }).Build();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddWeComRedis(configuration.GetSection("Redis"));
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
    }
}
