using Microsoft.Extensions.Time.Testing;
using WeComGen.Client;
using WeComGen.Tokens;

namespace WeComGen.Redis.Tests.Simulation;

/// <summary>
/// One gettoken per refresh for the whole cluster, however the instances' steps interleave: instances share a
/// simulated healthy Redis (every answer within the operation timeout, but late by a random amount) and a
/// gettoken that may answer after several lock timeouts; each seed is one interleaving, replayed exactly from it.
/// </summary>
public sealed class TokenRefreshSimulationTests
{
    private const int Seeds = 200;
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan OperationTimeout = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan SlowestGetToken = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(1);

    [Fact]
    public void Concurrent_sends_on_several_instances_make_one_gettoken_call_per_refresh_in_every_interleaving()
    {
        var failures = new List<string>();
        OwnThread.Run(() =>
        {
            for (var seed = 0; seed < Seeds; seed++)
            {
                if (Run(seed) is { } failure)
                {
                    failures.Add($"seed {seed}: {failure}");
                }
            }
        });

        Assert.True(failures.Count == 0, $"{failures.Count} of {Seeds} interleavings broke the promise:\n" + string.Join("\n", failures.Take(20)));
    }

    /// <summary>
    /// Callers on every instance want a token at random moments while none is stored (the first refresh); then the
    /// server revokes it and they want one again (the second). Each caller retries once per refusal, as the client does.
    /// </summary>
    private static string? Run(int seed)
    {
        var random = new Random(seed);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var store = new SimulatedTokenStore(time, random, OperationTimeout);
        var wecom = new SimulatedWeCom(time, random, SlowestGetToken);
        var instances = Enumerable.Range(0, random.Next(2, 4)).Select(_ => Instance(store, wecom, time)).ToList();

        foreach (var refresh in new[] { 1, 2 })
        {
            var callers = instances.SelectMany(instance => Enumerable.Range(0, 20).Select(_ =>
                CallerAsync(instance, store, wecom, time, TimeSpan.FromMilliseconds(random.Next(3000))))).ToList();
            var all = Task.WhenAll(callers);
            var giveUpAt = time.GetUtcNow() + TimeSpan.FromMinutes(1);
            while (!all.IsCompleted && time.GetUtcNow() < giveUpAt)
            {
                time.Advance(Step);
            }

            if (store.RanOffThread)
            {
                return "a step ran off the simulation's thread: the seed does not replay it";
            }

            if (!all.IsCompletedSuccessfully || callers.Any(caller => !caller.Result))
            {
                return $"refresh {refresh}: a caller got no token the server accepts";
            }

            if (wecom.Calls != refresh)
            {
                return $"refresh {refresh}: {wecom.Calls} gettoken calls in all, {refresh} expected";
            }

            wecom.Revoke();
        }

        return null;
    }

    private static RedisAccessTokenSource Instance(SimulatedTokenStore store, SimulatedWeCom wecom, TimeProvider time)
    {
        var options = new WeComRedisOptions { TokenLockTimeout = LockTimeout, OperationTimeout = OperationTimeout };
        return new RedisAccessTokenSource(store, wecom.InProcess(), new WeComClientOptions(), options, time, null);
    }

    /// <summary>Wants a token at <paramref name="at"/>, and another each time the server refuses the one it got; true once one is accepted.</summary>
    private static async Task<bool> CallerAsync(IAccessTokenSource tokens, SimulatedTokenStore store, SimulatedWeCom wecom, TimeProvider time, TimeSpan at)
    {
        await Task.Delay(at, time).ConfigureAwait(false);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            // A cancellable token, as the client's deadline is: each caller then waits through a promise of its own,
            // which runs on inline (callers awaiting one task together would be resumed on the thread pool).
            using var deadline = new CancellationTokenSource();
            var got = await tokens.GetAsync(deadline.Token).ConfigureAwait(false);
            store.NoteThread();
            if (got.Token is not { } token)
            {
                return false;
            }

            if (wecom.Accepts(token))
            {
                return true;
            }

            tokens.Invalidate(token);
        }

        return false;
    }
}
