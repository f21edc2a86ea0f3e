using System.Text.Json;
using WeComGen.Emulator.Tests.Support;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.Tests.Api;

/// <summary>The emulator answers as the API page says WeCom does, seen through a plain HttpClient.</summary>
public sealed class WeComApiTests
{
    private static string Body(string code) => """{"welcome_code":"CODE","text":{"content":"hi"}}""".Replace("CODE", code);

    [Fact]
    public async Task Gettoken_returns_the_same_token_while_it_is_valid_and_counts_calls()
    {
        await using var harness = await Harness.StartAsync();

        var first = await harness.GetTokenAsync();
        harness.Clock.Advance(TimeSpan.FromSeconds(100));
        var second = await harness.GetTokenAsync();

        Assert.Equal(first.GetProperty("access_token").GetString(), second.GetProperty("access_token").GetString());
        Assert.Equal(7200, first.GetProperty("expires_in").GetInt32());
        Assert.Equal(7100, second.GetProperty("expires_in").GetInt32());
        Assert.Equal(2, harness.Emulator.GetTokenCalls);
    }

    [Fact]
    public async Task Gettoken_refuses_a_wrong_secret_and_a_wrong_corp_id()
    {
        await using var harness = await Harness.StartAsync();

        Assert.Equal((int)WeComErrorCode.InvalidSecret, (await harness.GetTokenAsync(secret: "wrong")).GetProperty("errcode").GetInt32());
        Assert.Equal((int)WeComErrorCode.InvalidCorpId, (await harness.GetTokenAsync(corpId: "wrong")).GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task A_welcome_code_is_delivered_once_then_41051()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        var code = harness.Emulator.IssueWelcomeCode();

        Assert.Equal(0, await harness.SendAsync(token, Body(code)));
        Assert.Equal((int)WeComErrorCode.AlreadyDelivered, await harness.SendAsync(token, Body(code)));
        Assert.Single(harness.Emulator.Deliveries);
    }

    [Fact]
    public async Task A_delivery_keeps_the_body_as_it_came_over_the_wire_for_the_tests_own_types_to_read()
    {
        await using var harness = await Harness.StartAsync(o => o.Apps.Add(new EmulatedApp("crm", "crm-secret")));
        var token = (await harness.GetTokenAsync(secret: "crm-secret")).GetProperty("access_token").GetString();
        var code = harness.Emulator.IssueWelcomeCode();
        harness.Clock.Advance(TimeSpan.FromSeconds(3));
        var body = """{"welcome_code":"CODE","text":{"content":"你好 👋"},"attachments":[{"msgtype":"link","link":{"title":"指南","url":"https://example.com/"}}]}""".Replace("CODE", code);

        Assert.Equal(0, await harness.SendAsync(token, body));

        var delivered = Assert.Single(harness.Emulator.Deliveries);
        Assert.Equal((code, "crm", harness.Clock.GetUtcNow()), (delivered.WelcomeCode, delivered.App.Name, delivered.DeliveredAt));
        Assert.Equal(body, delivered.Json);
        var request = JsonSerializer.Deserialize(delivered.Json, ExternalContactJsonContext.Default.SendWelcomeMsgRequest)!;
        Assert.Equal(code, request.WelcomeCode.Value);
        Assert.Equal("你好 👋", request.Text!.Content);
        Assert.Equal("指南", Assert.Single(request.Attachments!).Link!.Title);
    }

    [Fact]
    public void A_welcome_codes_window_is_the_schemas_credential_validity_unless_an_option_says_otherwise()
    {
        Assert.Equal(ExternalContactEndpoints.SendWelcomeMsg.CredentialValidity, new WeComEmulatorOptions().WelcomeCodeValidity);
        Assert.Equal(TimeSpan.FromSeconds(5), new WeComEmulatorOptions { WelcomeCodeValidity = TimeSpan.FromSeconds(5) }.WelcomeCodeValidity);
    }

    [Fact]
    public async Task A_welcome_code_is_valid_for_20_seconds_by_the_emulator_clock()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        var onTime = harness.Emulator.IssueWelcomeCode();
        var late = harness.Emulator.IssueWelcomeCode();
        harness.Clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(0, await harness.SendAsync(token, Body(onTime)));
        harness.Clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal((int)WeComErrorCode.InvalidWelcomeCode, await harness.SendAsync(token, Body(late)));
        Assert.Equal((int)WeComErrorCode.InvalidWelcomeCode, await harness.SendAsync(token, Body("never-issued")));
    }

    [Fact]
    public async Task While_one_send_is_in_flight_another_app_gets_41096()
    {
        await using var harness = await Harness.StartAsync(o => o.Apps.Add(new EmulatedApp("crm", "crm-secret")));
        var first = await harness.TokenAsync();
        var second = (await harness.GetTokenAsync(secret: "crm-secret")).GetProperty("access_token").GetString();
        var code = harness.Emulator.IssueWelcomeCode();

        Task<int> inFlight;
        using (harness.Emulator.HoldDeliveries())
        {
            inFlight = harness.SendAsync(first, Body(code));
            await harness.Emulator.WhenInFlight(code);
            Assert.Equal((int)WeComErrorCode.WelcomeMessageBeingDistributed, await harness.SendAsync(second, Body(code)));
        }

        Assert.Equal(0, await inFlight);
        Assert.Equal((int)WeComErrorCode.AlreadyDelivered, await harness.SendAsync(second, Body(code)));
    }

    [Fact]
    public async Task Tokens_are_checked_before_the_body()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        var code = harness.Emulator.IssueWelcomeCode();

        Assert.Equal((int)WeComErrorCode.AccessTokenMissing, await harness.SendAsync(null, Body(code)));
        Assert.Equal((int)WeComErrorCode.InvalidAccessToken, await harness.SendAsync("forged", Body(code)));
        harness.Emulator.RevokeTokens();
        Assert.Equal((int)WeComErrorCode.InvalidAccessToken, await harness.SendAsync(token, Body(code)));
        var fresh = await harness.TokenAsync();
        harness.Clock.Advance(harness.Emulator.Options.TokenLifetime);
        Assert.Equal((int)WeComErrorCode.AccessTokenExpired, await harness.SendAsync(fresh, Body(code)));
        Assert.NotEqual(token, fresh);
        Assert.Empty(harness.Emulator.Deliveries);
    }

    public static TheoryData<string, WeComErrorCode> ContractBreaks() => new()
    {
        // 1334 Chinese characters are 4002 UTF-8 bytes; the contract allows 4000.
        { """{"welcome_code":"CODE","text":{"content":"TEXT"}}""".Replace("TEXT", new string('好', 1334)), WeComErrorCode.InvalidParameter },
        { """{"welcome_code":"CODE","attachments":[LIST]}""".Replace("LIST", string.Join(",", Enumerable.Repeat("""{"msgtype":"video","video":{"media_id":"m"}}""", 10))), WeComErrorCode.InvalidParameter },
    };

    [Theory]
    [MemberData(nameof(ContractBreaks))]
    [InlineData("""{"text":{"content":"hi"}}""", WeComErrorCode.WelcomeCodeMissing)]
    [InlineData("""{"welcome_code":"","text":{"content":"hi"}}""", WeComErrorCode.WelcomeCodeMissing)]
    [InlineData("""{"welcome_code":"CODE","attachments":[{"msgtype":"audio","audio":{"media_id":"m"}}]}""", WeComErrorCode.InvalidAttachmentType)]
    [InlineData("""{"welcome_code":"CODE"}""", WeComErrorCode.InvalidParameter)]
    [InlineData("""{"welcome_code":"CODE","attachments":[{"msgtype":"image"}]}""", WeComErrorCode.InvalidParameter)]
    [InlineData("""{"welcome_code":"CODE","text":{"content":"hi"},"attachments":[{"msgtype":"image","image":{"pic_url":"https://p.qpic.cn/x"},"link":{"title":"t","url":"https://e.com"}}]}""", WeComErrorCode.InvalidParameter)]
    [InlineData("""not json""", WeComErrorCode.InvalidParameter)]
    public async Task A_body_that_breaks_the_contract_gets_the_code_WeCom_answers(string body, WeComErrorCode expected)
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();

        var errcode = await harness.SendAsync(token, body.Replace("CODE", harness.Emulator.IssueWelcomeCode()));

        Assert.Equal((int)expected, errcode);
        Assert.Empty(harness.Emulator.Deliveries);
    }
}
