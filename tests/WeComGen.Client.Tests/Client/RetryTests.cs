using WeComGen.Client.Tests.Support;
using WeComGen.Endpoints;
using WeComGen.Emulator;
using WeComGen.Emulator.Faults;
using WeComGen.ExternalContact;

namespace WeComGen.Client.Tests.Client;

/// <summary>Only what the table calls transient is retried, with backoff, inside the window, within the table's limits.</summary>
public sealed class RetryTests
{
    private static EmulatorFault[] Repeat(EmulatorFault fault, int times) => Enumerable.Repeat(fault, times).ToArray();

    [Fact]
    public async Task System_busy_is_retried_and_then_sent()
    {
        await using var harness = await Harness.StartAsync();
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, Repeat(new EmulatorFault.ErrorCode((int)WeComErrorCode.SystemBusy), 2));

        var outcome = await harness.SendAsync(harness.ReceiveCode());

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(outcome);
        Assert.Equal(3, outcome.Attempts);
    }

    [Fact]
    public async Task System_busy_is_retried_at_most_the_tables_retry_limit()
    {
        var limit = WeComErrorCodeTable.Instance.Find((int)WeComErrorCode.SystemBusy)!.RetryLimit!.Value;
        await using var harness = await Harness.StartAsync();
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, Repeat(new EmulatorFault.ErrorCode((int)WeComErrorCode.SystemBusy), limit + 5));

        var outcome = await harness.SendAsync(harness.ReceiveCode());

        var exhausted = Assert.IsType<WeComFailure.RetriesExhausted>(outcome.Failure);
        var busy = Assert.IsType<WeComFailure.ServerBusy>(exhausted.LastProblem);
        Assert.Equal((int)WeComErrorCode.SystemBusy, busy.Error.Code);
        Assert.Equal(limit + 1, outcome.Attempts);
    }

    [Fact]
    public async Task Another_app_sending_gets_41096_retries_and_ends_already_delivered()
    {
        var clock = new TestClock();
        await using var harness = await Harness.StartAsync(clock, o => o.Apps.Add(new EmulatedApp("crm", "emulator-secret-crm")));
        var firstApp = harness.Client;
        var secondApp = harness.NewClient(secret: "emulator-secret-crm");
        var code = harness.ReceiveCode();

        Task<WeComOutcome<SendWelcomeMsgResponse>> first;
        Task<WeComOutcome<SendWelcomeMsgResponse>> second;
        TimeSpan backoff;
        using (harness.Emulator.HoldDeliveries())
        {
            first = harness.SendAsync(code, firstApp);
            await harness.Emulator.WhenInFlight(code.Value);
            second = harness.SendAsync(code, secondApp);
            backoff = await clock.NextWaitAsync(); // the second app met 41096 and backs off
        }

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(await first);
        clock.Advance(backoff);
        var outcome = await second;

        var delivered = Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.AlreadyDelivered>(outcome);
        Assert.Equal(2, delivered.Attempts);
        var delivery = Assert.Single(harness.Emulator.Deliveries);
        Assert.Equal("welcome-bot", delivery.App.Name);
    }

    [Fact]
    public async Task Rate_limits_back_off_longer_than_transient_errors()
    {
        var clock = new TestClock();
        await using var harness = await Harness.StartAsync(clock);
        var options = new WeComClientOptions();
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, new EmulatorFault.ErrorCode((int)WeComErrorCode.RateLimited));

        var send = harness.SendAsync(harness.ReceiveCode());
        var backoff = await clock.NextWaitAsync();
        clock.Advance(backoff);

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(await send);
        Assert.InRange(backoff, options.ThrottledBaseDelay / 2, options.ThrottledBaseDelay);
        Assert.True(backoff > options.RetryBaseDelay);
    }

    [Theory]
    [MemberData(nameof(TransportFaults))]
    public async Task Transport_trouble_is_retried_and_the_message_is_delivered_once(EmulatorFault fault)
    {
        await using var harness = await Harness.StartAsync();
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, fault);
        var client = harness.NewClient(configure: o => o.AttemptTimeout = TimeSpan.FromSeconds(1));

        var outcome = await harness.SendAsync(harness.ReceiveCode(), client);

        // A slow answer that outlives the attempt's timeout may still deliver: the retry is then told 41051.
        Assert.True(outcome is WeComOutcome<SendWelcomeMsgResponse>.Sent || (fault is EmulatorFault.Slow && outcome is WeComOutcome<SendWelcomeMsgResponse>.AlreadyDelivered), outcome.ToString());
        Assert.Equal(2, outcome.Attempts);
        Assert.Single(harness.Emulator.Deliveries);
    }

    public static TheoryData<EmulatorFault> TransportFaults() => new()
    {
        new EmulatorFault.HttpStatus(502),
        new EmulatorFault.HttpStatus(503),
        new EmulatorFault.DropConnection(),
        new EmulatorFault.Slow(TimeSpan.FromSeconds(5)),
    };

    [Fact]
    public async Task A_revoked_token_is_refreshed_once_and_the_call_retried_once()
    {
        await using var harness = await Harness.StartAsync();
        await harness.SendAsync(harness.ReceiveCode());
        harness.Emulator.RevokeTokens();

        var outcome = await harness.SendAsync(harness.ReceiveCode());

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(outcome);
        Assert.Equal(2, outcome.Attempts);
        Assert.Equal(2, harness.Emulator.GetTokenCalls);
    }

    [Fact]
    public async Task A_token_refused_again_after_its_refresh_is_a_typed_failure()
    {
        await using var harness = await Harness.StartAsync();
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, new EmulatorFault.RevokeTokens(), new EmulatorFault.RevokeTokens());

        var outcome = await harness.SendAsync(harness.ReceiveCode());

        var rejected = Assert.IsType<WeComFailure.TokenRejected>(outcome.Failure);
        Assert.Equal(ErrorAction.RefreshToken, rejected.Error.Action);
        Assert.Equal(2, outcome.Attempts);
        Assert.Equal(2, harness.Emulator.GetTokenCalls);
    }

    [Fact]
    public async Task A_gettoken_outage_is_retried_inside_the_window()
    {
        await using var harness = await Harness.StartAsync();
        harness.Emulator.InjectFaults(EmulatedEndpoint.GetToken, new EmulatorFault.HttpStatus(500), new EmulatorFault.DropConnection());

        var outcome = await harness.SendAsync(harness.ReceiveCode());

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(outcome);
        Assert.Equal(1, outcome.Attempts);
        Assert.Equal(3, harness.Emulator.GetTokenCalls);
    }

    [Fact]
    public async Task Without_an_event_credential_the_attempt_limit_bounds_a_gettoken_outage()
    {
        await using var harness = await Harness.StartAsync();
        harness.Emulator.InjectFaults(EmulatedEndpoint.GetToken, Repeat(new EmulatorFault.HttpStatus(503), 50));
        var request = Harness.Request("no-deadline");
        var endpoint = new Endpoints.EndpointDescriptor<SendWelcomeMsgRequest, SendWelcomeMsgResponse>
        {
            Name = ExternalContactEndpoints.SendWelcomeMsg.Name,
            Method = ExternalContactEndpoints.SendWelcomeMsg.Method,
            Path = ExternalContactEndpoints.SendWelcomeMsg.Path,
            AccessTokenQueryParameter = ExternalContactEndpoints.SendWelcomeMsg.AccessTokenQueryParameter,
            RequestTypeInfo = ExternalContactEndpoints.SendWelcomeMsg.RequestTypeInfo,
            ResponseTypeInfo = ExternalContactEndpoints.SendWelcomeMsg.ResponseTypeInfo,
            Validate = ExternalContactEndpoints.SendWelcomeMsg.Validate,
            GetErrorCode = ExternalContactEndpoints.SendWelcomeMsg.GetErrorCode,
            GetErrorMessage = ExternalContactEndpoints.SendWelcomeMsg.GetErrorMessage,
            Errors = ExternalContactEndpoints.SendWelcomeMsg.Errors,
        };
        var client = harness.NewClient(configure: o => o.MaxAttempts = 4);

        var outcome = await client.SendAsync(endpoint, request);

        var exhausted = Assert.IsType<WeComFailure.RetriesExhausted>(outcome.Failure);
        Assert.IsType<WeComFailure.TransportFailure>(exhausted.LastProblem);
        Assert.Equal(0, outcome.Attempts);
        Assert.Equal(4, harness.Emulator.GetTokenCalls);
    }

    [Fact]
    public async Task Cancelling_during_a_backoff_throws_for_the_caller_and_frees_the_code()
    {
        var clock = new TestClock();
        await using var harness = await Harness.StartAsync(clock);
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, new EmulatorFault.HttpStatus(503));
        var code = harness.ReceiveCode();
        using var cancel = new CancellationTokenSource();

        var send = harness.SendAsync(code, cancellationToken: cancel.Token);
        await clock.NextWaitAsync();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(await harness.SendAsync(code));
    }

    [Fact]
    public async Task A_call_with_a_token_already_cancelled_is_a_cancelled_task_and_leaves_the_code_unused()
    {
        await using var harness = await Harness.StartAsync();
        var code = harness.ReceiveCode();

        var send = harness.SendAsync(code, cancellationToken: new CancellationToken(canceled: true));

        Assert.True(send.IsCanceled);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Equal(0, harness.Emulator.GetTokenCalls);
        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(await harness.SendAsync(code));
    }
}
