using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
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

    [Fact]
    public async Task Under_load_an_outage_is_logged_once_and_its_end_once_however_late_answers_and_timeouts_interleave()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var logger = new FakeLogger<RedisConnection>();
        await using var multiplexer = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var connection = new RedisConnection(
            new WeComRedisOptions { Connection = multiplexer, OperationTimeout = TimeSpan.FromMilliseconds(500), RetryAfterFailure = TimeSpan.FromSeconds(1) }, time, logger);
        var key = Instance.NewPrefix() + "probe";
        Task<RedisValue> Probe() => connection.RunAsync(db => db.StringGetAsync(key), CancellationToken.None);

        // Redis stalls; two commands wait for it. The first outlasts the timeout: the outage begins.
        var stalled = redis.SleepAsync(TimeSpan.FromSeconds(2));
        await Task.Delay(200);
        var first = Probe();
        time.Advance(TimeSpan.FromMilliseconds(300));
        var sentBeforeTheOutage = Probe();
        time.Advance(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAsync<RedisUnavailableException>(() => first);

        // The second, sent before the outage began, is answered late: that does not end the outage.
        await stalled;
        await sentBeforeTheOutage;

        // After the pause Redis stalls again and a command outlasts the timeout: the same outage.
        time.Advance(TimeSpan.FromSeconds(1));
        stalled = redis.SleepAsync(TimeSpan.FromSeconds(2));
        await Task.Delay(200);
        var again = Probe();
        time.Advance(TimeSpan.FromMilliseconds(500));
        await Assert.ThrowsAsync<RedisUnavailableException>(() => again);
        await stalled;

        // A command sent after the pause is answered: Redis is back.
        time.Advance(TimeSpan.FromSeconds(1));
        await Probe();
        await Probe();

        Assert.Equal(1, logger.Collector.GetSnapshot().Count(record => record.Id.Id == Unavailable));
        Assert.Equal(1, logger.Collector.GetSnapshot().Count(record => record.Id.Id == Back));
    }
}
