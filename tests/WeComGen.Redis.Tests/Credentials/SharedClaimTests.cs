using WeComGen.Client;
using WeComGen.Emulator;
using WeComGen.ExternalContact;
using WeComGen.Redis.Tests.Support;

namespace WeComGen.Redis.Tests.Credentials;

/// <summary>A welcome code is sent by one instance at a time, and by none once one got a definite answer.</summary>
[Collection(RedisCollection.Name)]
public sealed class SharedClaimTests(RedisServer redis)
{
    [Fact]
    public async Task Two_instances_never_send_the_same_welcome_code_at_the_same_time()
    {
        await using var emulator = await WeComEmulator.StartAsync();
        var prefix = Instance.NewPrefix();
        await using var first = Instance.Start(emulator, redis.ConnectionString, prefix);
        await using var second = Instance.Start(emulator, redis.ConnectionString, prefix);
        await first.Tokens.GetAsync(CancellationToken.None);
        var code = emulator.IssueWelcomeCode();

        WeComOutcome<SendWelcomeMsgResponse> refused;
        Task<WeComOutcome<SendWelcomeMsgResponse>> sending;
        using (emulator.HoldDeliveries())
        {
            sending = first.SendAsync(code);
            await emulator.WhenInFlight(code);
            refused = await second.SendAsync(code);
        }

        var sent = await sending;
        var afterwards = await second.SendAsync(code);

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(sent);
        Assert.True(Assert.IsType<WeComFailure.CredentialAlreadyUsed>(refused.Failure).InFlight);
        Assert.False(Assert.IsType<WeComFailure.CredentialAlreadyUsed>(afterwards.Failure).InFlight);
        Assert.Single(emulator.Deliveries);
    }

    [Fact]
    public async Task A_cancelled_call_frees_the_code_for_another_instance()
    {
        await using var emulator = await WeComEmulator.StartAsync();
        var prefix = Instance.NewPrefix();
        await using var first = Instance.Start(emulator, redis.ConnectionString, prefix);
        await using var second = Instance.Start(emulator, redis.ConnectionString, prefix);
        var code = emulator.IssueWelcomeCode();

        using (emulator.HoldDeliveries())
        {
            using var stopping = new CancellationTokenSource();
            var sending = first.SendAsync(code, stopping.Token);
            await emulator.WhenInFlight(code);
            await stopping.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        }

        // The cancelled request still reaches WeCom, which delivers it: the second instance is told so, not refused.
        var outcome = await second.SendAsync(code);

        Assert.True(outcome.IsSuccess, outcome.Failure?.Message);
        Assert.Single(emulator.Deliveries);
    }
}
