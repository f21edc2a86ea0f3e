using WeComGen.Client.Tests.Support;
using WeComGen.Credentials;
using WeComGen.Emulator.Faults;
using WeComGen.ExternalContact;

namespace WeComGen.Client.Tests.Client;

/// <summary>A welcome_code is valid for 20 s after its event: the client never calls after received + 20 s − margin.</summary>
public sealed class DeadlineTests
{
    private static readonly TimeSpan Margin = new WeComClientOptions().CredentialSafetyMargin;
    private static readonly TimeSpan Validity = ExternalContactEndpoints.SendWelcomeMsg.CredentialValidity!.Value;

    [Fact]
    public async Task A_code_past_its_deadline_fails_locally_without_a_call()
    {
        await using var harness = await Harness.StartAsync(new TestClock());
        var code = harness.ReceiveCode();
        harness.Clock.Advance(Validity - Margin);

        var outcome = await harness.SendAsync(code);

        var passed = Assert.IsType<WeComFailure.DeadlinePassed>(outcome.Failure);
        Assert.Equal(code.ReceivedAt!.Value + Validity - Margin, passed.Deadline);
        Assert.Null(passed.LastProblem);
        Assert.Equal(0, outcome.Attempts);
        Assert.Equal(0, harness.Emulator.GetTokenCalls);
    }

    [Fact]
    public async Task A_code_with_a_second_left_before_its_deadline_is_sent()
    {
        await using var harness = await Harness.StartAsync(new TestClock());
        var code = harness.ReceiveCode();
        harness.Clock.Advance(Validity - Margin - TimeSpan.FromSeconds(1));

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(await harness.SendAsync(code));
    }

    [Fact]
    public async Task A_code_with_unknown_receipt_time_starts_its_clock_at_its_first_send()
    {
        await using var harness = await Harness.StartAsync(new TestClock());
        EventCode code = harness.Emulator.IssueWelcomeCode();
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, new EmulatorFault.ErrorCode((int)WeComErrorCode.InvalidParameter));
        var firstSentAt = harness.Clock.GetUtcNow();
        Assert.IsType<WeComFailure.Rejected>((await harness.SendAsync(code)).Failure);
        harness.Clock.Advance(Validity - Margin);

        var outcome = await harness.SendAsync(code);

        var passed = Assert.IsType<WeComFailure.DeadlinePassed>(outcome.Failure);
        Assert.Equal(firstSentAt + Validity - Margin, passed.Deadline);
    }

    [Fact]
    public async Task Backoff_never_sleeps_past_the_deadline()
    {
        await using var harness = await Harness.StartAsync();
        var code = harness.ReceiveCode();
        var deadline = code.ReceivedAt!.Value + Validity - Margin;
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, Enumerable.Repeat<EmulatorFault>(new EmulatorFault.HttpStatus(503), 100).ToArray());
        var client = harness.NewClient(configure: o => o.MaxAttempts = 100);

        var outcome = await harness.SendAsync(code, client);

        var passed = Assert.IsType<WeComFailure.DeadlinePassed>(outcome.Failure);
        var last = Assert.IsType<WeComFailure.TransportFailure>(passed.LastProblem);
        Assert.Equal(503, last.StatusCode);
        Assert.True(outcome.Attempts > 5, $"only {outcome.Attempts} attempts inside the window");
        Assert.True(harness.Clock.GetUtcNow() < deadline, "the client slept past the deadline");
    }

    [Fact]
    public async Task The_safety_margin_is_configurable()
    {
        await using var harness = await Harness.StartAsync(new TestClock());
        var code = harness.ReceiveCode();
        harness.Clock.Advance(Validity - TimeSpan.FromSeconds(1));
        var client = harness.NewClient(configure: o => o.CredentialSafetyMargin = TimeSpan.FromMilliseconds(500));

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(await harness.SendAsync(code, client));
    }

    [Theory]
    [InlineData(2.5)]
    [InlineData(4.0)]
    public async Task Waiting_for_a_token_counts_against_the_window(double gettokenSeconds)
    {
        await using var harness = await Harness.StartAsync(new TestClock());
        var code = harness.ReceiveCode();
        harness.Clock.Advance(TimeSpan.FromSeconds(16.5));
        harness.Emulator.InjectFaults(EmulatedEndpoint.GetToken, new EmulatorFault.Slow(TimeSpan.FromSeconds(gettokenSeconds)));

        var send = harness.SendAsync(code);
        harness.Clock.Advance(await harness.Clock.NextWaitAsync()); // gettoken answers; the window closes on the way
        var outcome = await send;

        var passed = Assert.IsType<WeComFailure.DeadlinePassed>(outcome.Failure);
        Assert.Equal(code.ReceivedAt!.Value + Validity - Margin, passed.Deadline);
        Assert.Equal(0, outcome.Attempts);
        Assert.Empty(harness.Emulator.Deliveries);
    }

    [Fact]
    public async Task Each_caller_stops_waiting_for_a_shared_refresh_at_its_own_deadline()
    {
        await using var harness = await Harness.StartAsync(new TestClock());
        var early = harness.ReceiveCode();
        harness.Clock.Advance(TimeSpan.FromSeconds(10));
        var late = harness.ReceiveCode();
        harness.Clock.Advance(TimeSpan.FromSeconds(6.5)); // early has 1.5 s left, late 11.5 s
        harness.Emulator.InjectFaults(EmulatedEndpoint.GetToken, new EmulatorFault.Slow(TimeSpan.FromSeconds(3)));

        var earlySend = harness.SendAsync(early);
        var lateSend = harness.SendAsync(late);
        harness.Clock.Advance(await harness.Clock.NextWaitAsync());

        Assert.IsType<WeComFailure.DeadlinePassed>((await earlySend).Failure);
        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(await lateSend);
        Assert.Equal(1, harness.Emulator.GetTokenCalls);
        Assert.Equal(late.Value, Assert.Single(harness.Emulator.Deliveries).WelcomeCode);
    }
}
