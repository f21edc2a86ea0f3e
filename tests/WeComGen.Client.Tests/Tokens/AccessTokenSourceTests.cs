using WeComGen.Client.Tests.Support;
using WeComGen.Emulator.Faults;
using WeComGen.Tokens;
using WeComGen.ExternalContact;

namespace WeComGen.Client.Tests.Tokens;

/// <summary>gettoken is called once per token lifetime, however many callers wait, and a refused token is dropped once.</summary>
public sealed class AccessTokenSourceTests
{
    private static WeComAccessTokenSource Source(Harness harness, Action<WeComClientOptions>? configure = null)
    {
        var options = harness.Options();
        configure?.Invoke(options);
        return new WeComAccessTokenSource(harness.Http, options, harness.Clock);
    }

    [Fact]
    public async Task A_token_is_cached_until_expires_in_minus_the_refresh_margin()
    {
        await using var harness = await Harness.StartAsync(new TestClock());
        var source = Source(harness);
        var lifetime = harness.Emulator.Options.TokenLifetime;
        var margin = new WeComClientOptions().TokenRefreshMargin;

        var first = (await source.GetAsync(default)).Token;
        harness.Clock.Advance(lifetime - margin - TimeSpan.FromSeconds(1));
        var cached = (await source.GetAsync(default)).Token;
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        var refreshed = (await source.GetAsync(default)).Token;

        Assert.Same(first, cached);
        Assert.NotSame(first, refreshed);
        Assert.Equal(2, source.Fetches);
        Assert.Equal(first!.ExpiresAt, harness.Clock.GetUtcNow() - (lifetime - margin) + lifetime);
    }

    [Fact]
    public async Task Many_waiting_callers_share_one_refresh()
    {
        await using var harness = await Harness.StartAsync(new TestClock());
        var source = Source(harness);

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => source.GetAsync(default).AsTask()));

        Assert.Equal(1, harness.Emulator.GetTokenCalls);
        Assert.All(results, r => Assert.Same(results[0].Token, r.Token));
    }

    [Fact]
    public async Task Invalidating_drops_the_token_only_if_it_is_still_the_cached_one()
    {
        await using var harness = await Harness.StartAsync(new TestClock());
        var source = Source(harness);
        var stale = (await source.GetAsync(default)).Token!;
        source.Invalidate(stale);
        var fresh = (await source.GetAsync(default)).Token!;

        source.Invalidate(stale); // a late caller that failed with the old token
        var after = (await source.GetAsync(default)).Token!;

        Assert.Same(fresh, after);
        Assert.Equal(2, source.Fetches);
    }

    [Fact]
    public async Task A_waiter_giving_up_does_not_cancel_the_refresh_for_the_others()
    {
        await using var harness = await Harness.StartAsync(new TestClock());
        harness.Emulator.InjectFaults(EmulatedEndpoint.GetToken, new EmulatorFault.Slow(TimeSpan.FromMilliseconds(200)));
        var source = Source(harness);
        using var impatient = new CancellationTokenSource();

        var cancelled = source.GetAsync(impatient.Token).AsTask();
        var patient = source.GetAsync(default).AsTask();
        impatient.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        harness.Clock.Advance(await harness.Clock.NextWaitAsync()); // the slow answer's wait
        Assert.NotNull((await patient).Token);
        Assert.Equal(1, source.Fetches);
    }

    [Fact]
    public async Task Gettoken_errors_are_returned_as_codes_not_thrown()
    {
        await using var harness = await Harness.StartAsync(new TestClock());
        var source = Source(harness, o => o.CorpId = "not-the-corp");

        var result = await source.GetAsync(default);

        Assert.Null(result.Token);
        Assert.Equal((int)WeComErrorCode.InvalidCorpId, result.ErrorCode);
    }

    [Fact]
    public async Task A_shared_token_source_can_be_plugged_in()
    {
        await using var harness = await Harness.StartAsync();
        var shared = new CountingSource(Source(harness));
        var first = new WeComClient(harness.Http, shared, harness.Options(), harness.Clock);
        var second = new WeComClient(harness.Http, shared, harness.Options(), harness.Clock);

        await harness.SendAsync(harness.ReceiveCode(), first);
        await harness.SendAsync(harness.ReceiveCode(), second);

        Assert.Equal(2, shared.Gets);
        Assert.Equal(1, harness.Emulator.GetTokenCalls);
    }

    private sealed class CountingSource(IAccessTokenSource inner) : IAccessTokenSource
    {
        private int _gets;

        public int Gets => _gets;

        public ValueTask<AccessTokenResult> GetAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _gets);
            return inner.GetAsync(cancellationToken);
        }

        public void Invalidate(AccessToken rejected) => inner.Invalidate(rejected);
    }
}
