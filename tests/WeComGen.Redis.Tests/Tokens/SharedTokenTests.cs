using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using WeComGen.Client;
using WeComGen.Emulator;
using WeComGen.ExternalContact;
using WeComGen.Redis.Tests.Support;

namespace WeComGen.Redis.Tests.Tokens;

/// <summary>Several instances, one WeCom: one gettoken per refresh for the whole cluster.</summary>
[Collection(RedisCollection.Name)]
public sealed class SharedTokenTests(RedisServer redis)
{
    [Fact]
    public async Task Two_instances_sending_at_once_call_gettoken_once()
    {
        await using var emulator = await WeComEmulator.StartAsync();
        var prefix = Instance.NewPrefix();
        await using var first = Instance.Start(emulator, redis.ConnectionString, prefix);
        await using var second = Instance.Start(emulator, redis.ConnectionString, prefix);

        var sends = Enumerable.Range(0, 200).Select(i => (i % 2 == 0 ? first : second).SendAsync(emulator.IssueWelcomeCode()));
        var outcomes = await Task.WhenAll(sends);

        Assert.All(outcomes, outcome => Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(outcome));
        Assert.Equal(1, emulator.GetTokenCalls);
        Assert.Equal(200, emulator.Deliveries.Count);
    }

    [Fact]
    public async Task A_revoked_token_is_refreshed_once_for_the_cluster()
    {
        await using var emulator = await WeComEmulator.StartAsync();
        var prefix = Instance.NewPrefix();
        await using var first = Instance.Start(emulator, redis.ConnectionString, prefix);
        await using var second = Instance.Start(emulator, redis.ConnectionString, prefix);
        await first.SendAsync(emulator.IssueWelcomeCode());
        await second.SendAsync(emulator.IssueWelcomeCode());

        emulator.RevokeTokens();
        var sends = Enumerable.Range(0, 100).Select(i => (i % 2 == 0 ? first : second).SendAsync(emulator.IssueWelcomeCode()));
        var outcomes = await Task.WhenAll(sends);

        Assert.All(outcomes, outcome => Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(outcome));
        Assert.Equal(2, emulator.GetTokenCalls);
    }

    [Fact]
    public async Task When_the_lock_holder_dies_its_lock_expires_and_another_instance_refreshes()
    {
        await using var emulator = await WeComEmulator.StartAsync();
        var prefix = Instance.NewPrefix();
        var app = RedisKeys.App(emulator.CorpId, emulator.Secret);
        var keys = new RedisKeys(prefix);

        // An instance took the lock and died before it stored a token.
        await redis.Admin.StringSetAsync(keys.TokenLock(app), "an instance that died", TimeSpan.FromMilliseconds(300));
        await using var survivor = Instance.Start(emulator, redis.ConnectionString, prefix);
        var got = await survivor.Tokens.GetAsync(CancellationToken.None);

        Assert.NotNull(got.Token);
        Assert.Equal(1, emulator.GetTokenCalls);
        Assert.Equal(0, survivor.Logged(300)); // waited for the lock, did not give up on Redis
        Assert.Contains(got.Token!.Value, (string?)await redis.Admin.StringGetAsync(keys.Token(app)));
    }

    [Fact]
    public async Task A_lock_WeComGen_did_not_write_one_without_an_expiry_is_taken_over()
    {
        await using var emulator = await WeComEmulator.StartAsync();
        var prefix = Instance.NewPrefix();
        var keys = new RedisKeys(prefix);
        var app = RedisKeys.App(emulator.CorpId, emulator.Secret);
        await redis.Admin.StringSetAsync(keys.TokenLock(app), "another app's lock");
        await using var instance = Instance.Start(emulator, redis.ConnectionString, prefix);

        var got = await instance.Tokens.GetAsync(CancellationToken.None);

        Assert.NotNull(got.Token);
        Assert.Equal(1, emulator.GetTokenCalls);
        Assert.Contains(got.Token!.Value, (string?)await redis.Admin.StringGetAsync(keys.Token(app))); // shared, not in-process
    }

    [Theory]
    [InlineData("another app's token")]
    [InlineData("wecomgen-token/1\n1700000000000")]
    [InlineData("wecomgen-token/1\n1\n2\n")]
    [InlineData("wecomgen-token/1\nnot a time\n2\ntoken")]
    public async Task A_value_WeComGen_did_not_write_whole_is_ignored_and_overwritten(string foreign)
    {
        await using var emulator = await WeComEmulator.StartAsync();
        var prefix = Instance.NewPrefix();
        var tokenKey = new RedisKeys(prefix).Token(RedisKeys.App(emulator.CorpId, emulator.Secret));
        await redis.Admin.StringSetAsync(tokenKey, foreign);
        await using var instance = Instance.Start(emulator, redis.ConnectionString, prefix);

        var outcome = await instance.SendAsync(emulator.IssueWelcomeCode());

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(outcome);
        Assert.NotNull(StoredToken.Read(await redis.Admin.StringGetAsync(tokenKey)));
    }

    [Fact]
    public async Task Keys_and_values_never_hold_the_secret()
    {
        await using var emulator = await WeComEmulator.StartAsync();
        var prefix = Instance.NewPrefix();
        await using var instance = Instance.Start(emulator, redis.ConnectionString, prefix);
        await instance.SendAsync(emulator.IssueWelcomeCode());

        var keys = redis.AdminServer.Keys(pattern: prefix + "*").ToList();
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            Assert.DoesNotContain(emulator.Secret, key.ToString());
            Assert.DoesNotContain(emulator.CorpId, key.ToString());
            var value = await redis.Admin.StringGetAsync(key);
            Assert.DoesNotContain(emulator.Secret, value.ToString());
        }
    }

    [Fact]
    public async Task gettoken_calls_are_capped_per_minute_across_instances()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await WeComEmulator.StartAsync();
        var prefix = Instance.NewPrefix();
        await using var first = Instance.Start(emulator, redis.ConnectionString, prefix, options => options.MaxGetTokenCallsPerMinute = 1, time);
        await using var second = Instance.Start(emulator, redis.ConnectionString, prefix, options => options.MaxGetTokenCallsPerMinute = 1, time);
        var token = (await first.Tokens.GetAsync(CancellationToken.None)).Token!;

        // Revoked in the same minute: the one refresh the cap allows is spent.
        first.Tokens.Invalidate(token);
        var refused = await second.Tokens.GetAsync(CancellationToken.None);
        var again = await first.Tokens.GetAsync(CancellationToken.None);

        Assert.NotNull(refused.Token); // the second instance still reads the stored token: only the first was refused it
        Assert.Null(again.Token);
        Assert.Equal(TransportProblem.TooManyRequests, again.Problem);
        Assert.Equal(1, emulator.GetTokenCalls);
        Assert.Equal(1, first.Logged(303));
    }
}
