using Microsoft.Extensions.Time.Testing;
using WeComGen.Client;

namespace WeComGen.Redis.Tests.Simulation;

/// <summary>Sends with the Redis token source cost what they cost with the in-memory one while the token is fresh.</summary>
public sealed class WarmTokenTests
{
    [Fact]
    public void A_token_read_while_the_first_level_is_warm_asks_Redis_nothing_and_allocates_nothing() => OwnThread.Run(() =>
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var random = new Random(1);
        var store = new SimulatedTokenStore(time, random, TimeSpan.FromMilliseconds(10));
        var wecom = new SimulatedWeCom(time, random, TimeSpan.FromMilliseconds(10));
        var tokens = new RedisAccessTokenSource(store, wecom.InProcess(), new WeComClientOptions(), new WeComRedisOptions(), time, null);
        var first = tokens.GetAsync(CancellationToken.None).AsTask();
        while (!first.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        var token = first.Result.Token;
        var commands = store.Commands;
        time.Advance(TimeSpan.FromMinutes(30));
        var answeredAtOnce = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            var read = tokens.GetAsync(CancellationToken.None);
            if (read.IsCompletedSuccessfully && ReferenceEquals(read.Result.Token, token))
            {
                answeredAtOnce++;
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - allocated);
        Assert.Equal(1000, answeredAtOnce);
        Assert.Equal(commands, store.Commands);
    });
}
