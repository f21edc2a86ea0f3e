using WeComGen.Client;
using WeComGen.Emulator;
using WeComGen.ExternalContact;
using WeComGen.Redis.Tests.Support;

namespace WeComGen.Redis.Tests.Tokens;

/// <summary>Redis away, stopped, restarted or slow: welcomes go out in time, in-process, and the instances rejoin.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisFaultTests(RedisServer redis)
{
    private const int Unavailable = 300;
    private const int Back = 301;

    [Fact]
    public async Task Redis_down_at_start_the_app_runs_in_process_says_so_once_and_rejoins_when_it_is_up()
    {
        await using var emulator = await WeComEmulator.StartAsync();
        var later = new RedisServer();
        var prefix = Instance.NewPrefix();
        await using var instance = Instance.Start(emulator, later.ConnectionString, prefix);
        try
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(await instance.SendAsync(emulator.IssueWelcomeCode()));
            }

            Assert.Equal(1, emulator.GetTokenCalls);
            Assert.Equal(1, instance.Logged(Unavailable));

            await later.InitializeAsync();
            var tokenKey = new RedisKeys(prefix).Token(RedisKeys.App(emulator.CorpId, emulator.Secret));
            for (var i = 0; i < 400 && !await later.Admin.KeyExistsAsync(tokenKey); i++)
            {
                await instance.Tokens.GetAsync(CancellationToken.None);
                await Task.Delay(50);
            }

            Assert.True(await later.Admin.KeyExistsAsync(tokenKey));
            Assert.Equal(1, instance.Logged(Back));
        }
        finally
        {
            await later.DisposeAsync();
        }
    }

    [Fact]
    public async Task Redis_stopped_mid_run_a_revoked_token_is_refreshed_in_process_and_restarted_Redis_is_used_again()
    {
        await using var emulator = await WeComEmulator.StartAsync();
        var prefix = Instance.NewPrefix();
        await using var instance = Instance.Start(emulator, redis.ConnectionString, prefix);
        await instance.SendAsync(emulator.IssueWelcomeCode());

        redis.Stop();
        try
        {
            emulator.RevokeTokens();
            var during = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => instance.SendAsync(emulator.IssueWelcomeCode())));

            Assert.All(during, outcome => Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(outcome));
            Assert.Equal(2, emulator.GetTokenCalls); // one refresh, in-process
            Assert.Equal(1, instance.Logged(Unavailable));
        }
        finally
        {
            await redis.StartAsync();
        }

        emulator.RevokeTokens();
        var tokenKey = new RedisKeys(prefix).Token(RedisKeys.App(emulator.CorpId, emulator.Secret));
        for (var i = 0; i < 400 && !await redis.Admin.KeyExistsAsync(tokenKey); i++)
        {
            await instance.SendAsync(emulator.IssueWelcomeCode());
            await Task.Delay(50);
        }

        Assert.True(await redis.Admin.KeyExistsAsync(tokenKey));
        Assert.Equal(1, instance.Logged(Back));
    }

    [Fact]
    public async Task A_slow_Redis_never_makes_a_welcome_late()
    {
        await using var emulator = await WeComEmulator.StartAsync();
        await using var instance = Instance.Start(emulator, redis.ConnectionString, Instance.NewPrefix(), options => options.OperationTimeout = TimeSpan.FromMilliseconds(250));
        await instance.Tokens.GetAsync(CancellationToken.None); // connected, and Redis holds the token

        var code = emulator.IssueWelcomeCode();
        var sleeping = redis.SleepAsync(TimeSpan.FromSeconds(5));
        instance.Tokens.Invalidate((await instance.Tokens.GetAsync(CancellationToken.None)).Token!);
        var outcome = await instance.SendAsync(code);
        var redisStillAsleep = !sleeping.IsCompleted;
        await sleeping;

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(outcome);
        Assert.True(redisStillAsleep, "the welcome waited for Redis");
        Assert.Single(emulator.Deliveries);
    }
}
