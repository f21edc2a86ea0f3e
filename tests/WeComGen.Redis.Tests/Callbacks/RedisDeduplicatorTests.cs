using WeComGen.Callbacks;
using WeComGen.Emulator;
using WeComGen.Redis.Tests.Support;

namespace WeComGen.Redis.Tests.Callbacks;

/// <summary>WeCom re-sends an unanswered callback, and the re-send lands on another instance: it is recognised there.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisDeduplicatorTests(RedisServer redis)
{
    private static WeComCallbackEvent Added(string externalUserId, string welcomeCode) =>
        CallbackEventParser.Parse(CallbackEventXml.ExternalContactAdded("wwcorp", "zhangsan", "wmCustomer" + externalUserId, DateTimeOffset.UtcNow, welcomeCode), DateTimeOffset.UtcNow).Value;

    [Fact]
    public async Task A_callback_claimed_on_one_instance_is_a_duplicate_on_another_until_released()
    {
        await using var emulator = await WeComEmulator.StartAsync();
        var prefix = Instance.NewPrefix();
        await using var first = Instance.Start(emulator, redis.ConnectionString, prefix);
        await using var second = Instance.Start(emulator, redis.ConnectionString, prefix);
        var added = Added("A", "codeA");

        Assert.True(await first.Deduplicator.TryClaimAsync(added, null, CancellationToken.None));
        Assert.False(await second.Deduplicator.TryClaimAsync(added, null, CancellationToken.None));
        Assert.True(await second.Deduplicator.TryClaimAsync(Added("B", "codeB"), null, CancellationToken.None));

        await first.Deduplicator.ReleaseAsync(added);
        Assert.True(await second.Deduplicator.TryClaimAsync(added, null, CancellationToken.None));
    }

    [Fact]
    public async Task While_Redis_is_away_each_instance_remembers_its_own_callbacks()
    {
        await using var emulator = await WeComEmulator.StartAsync();
        var nowhere = new RedisServer();
        await using var instance = Instance.Start(emulator, nowhere.ConnectionString, Instance.NewPrefix());
        var added = Added("A", "codeA");

        Assert.True(await instance.Deduplicator.TryClaimAsync(added, null, CancellationToken.None));
        Assert.False(await instance.Deduplicator.TryClaimAsync(added, null, CancellationToken.None));
    }
}
