using WeComGen.Client.Tests.Support;
using WeComGen.ExternalContact;

namespace WeComGen.Client.Tests.Client;

/// <summary>Many sends at once, through the real HttpClient stack and Kestrel on loopback.</summary>
public sealed class LoadTests
{
    [Fact]
    public async Task A_thousand_concurrent_sends_right_after_the_token_expired_make_exactly_one_gettoken_call()
    {
        var clock = new TestClock();
        await using var harness = await Harness.StartAsync(clock);
        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(await harness.SendAsync(harness.ReceiveCode()));
        clock.Advance(harness.Emulator.Options.TokenLifetime);
        var callsBefore = harness.Emulator.GetTokenCalls;
        var codes = Enumerable.Range(0, 1000).Select(_ => harness.ReceiveCode()).ToList();

        var outcomes = await Task.WhenAll(codes.Select(code => Task.Run(() => harness.SendAsync(code))));

        Assert.Equal(1, harness.Emulator.GetTokenCalls - callsBefore);
        Assert.All(outcomes, o => Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(o));
        Assert.Equal(1001, harness.Emulator.Deliveries.Select(d => d.WelcomeCode).Distinct().Count());
    }
}
