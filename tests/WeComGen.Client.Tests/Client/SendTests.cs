using WeComGen.Client.Tests.Support;
using WeComGen.Credentials;
using WeComGen.Endpoints;
using WeComGen.Emulator.Faults;
using WeComGen.ExternalContact;
using WeComGen.Validation;

namespace WeComGen.Client.Tests.Client;

/// <summary>A send ends as the page says it should: sent, already delivered, or a typed failure.</summary>
public sealed class SendTests
{
    [Fact]
    public async Task A_valid_request_is_sent_once_and_delivered()
    {
        await using var harness = await Harness.StartAsync();
        var code = harness.ReceiveCode();

        var outcome = await harness.SendAsync(code);

        var sent = Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(outcome);
        Assert.Equal(WeComErrorCode.Ok, sent.Response.ErrCode);
        Assert.Equal(1, sent.Attempts);
        var delivery = Assert.Single(harness.Emulator.Deliveries);
        Assert.Equal(code.Value, delivery.WelcomeCode);
        Assert.Equal("你好，欢迎！", System.Text.Json.JsonSerializer.Deserialize(delivery.Json, ExternalContactJsonContext.Default.SendWelcomeMsgRequest)!.Text!.Content);
    }

    [Fact]
    public async Task An_invalid_request_lists_its_violations_and_makes_no_call()
    {
        await using var harness = await Harness.StartAsync();
        var request = new SendWelcomeMsgRequest { WelcomeCode = harness.ReceiveCode() };

        var outcome = await harness.Client.SendAsync(ExternalContactEndpoints.SendWelcomeMsg, request);

        var invalid = Assert.IsType<WeComFailure.InvalidRequest>(outcome.Failure);
        Assert.Contains(invalid.Validation.Errors, v => v.Rule == ContractRule.AtLeastOneOf);
        Assert.Equal(0, outcome.Attempts);
        Assert.Equal(0, harness.Emulator.GetTokenCalls);
        Assert.Empty(harness.Emulator.Deliveries);
    }

    [Fact]
    public async Task An_invalid_request_reports_its_warnings_and_infos_beside_its_errors()
    {
        await using var harness = await Harness.StartAsync();
        var request = new SendWelcomeMsgRequest
        {
            WelcomeCode = harness.ReceiveCode(),
            Attachments = [Attachment.CreateImage(mediaId: "MEDIA_ID", picUrl: "https://example.com/a.png"), Attachment.CreateLink("", "https://example.com/")],
        };

        var outcome = await harness.Client.SendAsync(ExternalContactEndpoints.SendWelcomeMsg, request);

        var invalid = Assert.IsType<WeComFailure.InvalidRequest>(outcome.Failure);
        Assert.Equal(
            [
                ("$.attachments[0].image.pic_url", ViolationSeverity.Warning),
                ("$.attachments[0].image.pic_url", ViolationSeverity.Info),
                ("$.attachments[1].link.title", ViolationSeverity.Error),
            ],
            invalid.Validation.Violations.Select(v => (v.Path, v.Severity)));
        Assert.Empty(harness.Emulator.Deliveries);
    }

    [Fact]
    public async Task Code_41051_is_already_delivered_a_success_and_never_retried()
    {
        await using var harness = await Harness.StartAsync();
        var code = harness.ReceiveCode();
        await harness.SendAsync(code);

        // Another app (or an earlier process) sends the same code: the server answers 41051.
        var outcome = await harness.SendAsync(code, harness.NewClient());

        var delivered = Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.AlreadyDelivered>(outcome);
        Assert.True(delivered.IsSuccess);
        Assert.Equal(ErrorAction.Delivered, delivered.Error.Action);
        Assert.Equal(1, delivered.Attempts);
        Assert.Single(harness.Emulator.Deliveries);
    }

    [Fact]
    public async Task A_code_this_client_already_settled_is_not_sent_again()
    {
        await using var harness = await Harness.StartAsync();
        var code = harness.ReceiveCode();
        await harness.SendAsync(code);

        var outcome = await harness.SendAsync(code);

        var used = Assert.IsType<WeComFailure.CredentialAlreadyUsed>(outcome.Failure);
        Assert.False(used.InFlight);
        Assert.Equal(0, outcome.Attempts);
    }

    [Fact]
    public async Task A_second_concurrent_send_of_one_code_gets_a_typed_outcome_not_a_second_call()
    {
        await using var harness = await Harness.StartAsync();
        var code = harness.ReceiveCode();
        Task<WeComOutcome<SendWelcomeMsgResponse>> first;
        WeComOutcome<SendWelcomeMsgResponse> second;
        using (harness.Emulator.HoldDeliveries())
        {
            first = harness.SendAsync(code);
            await harness.Emulator.WhenInFlight(code.Value);
            second = await harness.SendAsync(code);
        }

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(await first);
        var used = Assert.IsType<WeComFailure.CredentialAlreadyUsed>(second.Failure);
        Assert.True(used.InFlight);
        Assert.Single(harness.Emulator.Deliveries);
    }

    [Fact]
    public async Task Code_41050_is_an_expired_code_and_is_not_retried()
    {
        await using var harness = await Harness.StartAsync();
        EventCode unknownToServer = EventCode.Received("never-issued-by-the-server", harness.Clock);

        var outcome = await harness.SendAsync(unknownToServer);

        var expired = Assert.IsType<WeComFailure.CredentialExpired>(outcome.Failure);
        Assert.Equal(ErrorAction.Expired, expired.Error.Action);
        Assert.Equal(1, outcome.Attempts);
    }

    [Fact]
    public async Task A_wrong_secret_is_a_configuration_error_that_says_what_to_fix_and_is_not_retried()
    {
        await using var harness = await Harness.StartAsync();

        var outcome = await harness.SendAsync(harness.ReceiveCode(), harness.NewClient(secret: "not-the-secret"));

        var misconfigured = Assert.IsType<WeComFailure.Misconfigured>(outcome.Failure);
        Assert.Equal("gettoken", misconfigured.Error.Endpoint);
        Assert.Equal((int)WeComErrorCode.InvalidSecret, misconfigured.Error.Code);
        Assert.Contains("Secret", misconfigured.Error.Hint);
        Assert.Contains(misconfigured.Error.Hint!, outcome.Failure!.Message);
        Assert.Equal(1, harness.Emulator.GetTokenCalls);
        Assert.Equal(0, outcome.Attempts);
    }

    [Theory]
    [InlineData("InvalidMediaId", typeof(WeComFailure.Rejected))]
    [InlineData("ApiForbidden", typeof(WeComFailure.Misconfigured))]
    [InlineData("IpNotAllowed", typeof(WeComFailure.Misconfigured))]
    public async Task Error_codes_are_classified_by_the_schema_table(string name, Type failure)
    {
        await using var harness = await Harness.StartAsync();
        var row = WeComErrorCodeTable.Instance.Rows.Single(r => r.Name == name);
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, new EmulatorFault.ErrorCode(row.Code));

        var outcome = await harness.SendAsync(harness.ReceiveCode());

        Assert.IsType(failure, outcome.Failure);
        Assert.Equal(1, outcome.Attempts);
        Assert.Contains(row.Meaning, outcome.Failure!.Message);
    }

    [Fact]
    public async Task A_code_the_schema_does_not_list_is_a_rejection_carrying_errcode_and_errmsg()
    {
        await using var harness = await Harness.StartAsync();
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, new EmulatorFault.ErrorCode(99999));

        var outcome = await harness.SendAsync(harness.ReceiveCode());

        var rejected = Assert.IsType<WeComFailure.Rejected>(outcome.Failure);
        Assert.Equal(99999, rejected.Error.Code);
        Assert.Equal("error 99999", rejected.Error.ErrMsg);
        Assert.Null(rejected.Error.Info);
    }

    [Fact]
    public async Task A_wrong_base_address_is_a_transport_failure_and_is_not_retried()
    {
        await using var harness = await Harness.StartAsync();
        var client = harness.NewClient(configure: o => o.BaseAddress = new Uri(harness.Emulator.BaseAddress, "no/such/prefix/"));

        var outcome = await harness.SendAsync(harness.ReceiveCode(), client);

        var transport = Assert.IsType<WeComFailure.TransportFailure>(outcome.Failure);
        Assert.Equal(TransportProblem.UnexpectedStatus, transport.Problem);
        Assert.Equal(404, transport.StatusCode);
    }

    [Fact]
    public async Task Null_arguments_are_programmer_errors_and_throw()
    {
        await using var harness = await Harness.StartAsync();

        await Assert.ThrowsAsync<ArgumentNullException>(() => harness.Client.SendAsync(ExternalContactEndpoints.SendWelcomeMsg, null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => harness.Client.SendAsync<SendWelcomeMsgRequest, SendWelcomeMsgResponse>(null!, Harness.Request("code")));
    }
}
