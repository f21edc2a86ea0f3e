using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WeComGen.Emulator.Tests.Support;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.Tests.Api;

/// <summary>The emulator answers as the API page says WeCom does, seen through a plain HttpClient.</summary>
public sealed class WeComApiTests
{
    private static async Task<JsonElement> GetTokenAsync(Harness harness, string? corpId = null, string? secret = null)
    {
        var uri = new Uri(harness.Emulator.BaseAddress, $"cgi-bin/gettoken?corpid={corpId ?? harness.Emulator.CorpId}&corpsecret={secret ?? harness.Emulator.Secret}");
        return await harness.Http.GetFromJsonAsync<JsonElement>(uri);
    }

    private static async Task<int> SendAsync(Harness harness, string? accessToken, string body)
    {
        var query = accessToken is null ? string.Empty : "?access_token=" + accessToken;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await harness.Http.PostAsync(new Uri(harness.Emulator.BaseAddress, "cgi-bin/externalcontact/send_welcome_msg" + query), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errcode").GetInt32();
    }

    private static async Task<string> TokenAsync(Harness harness) => (await GetTokenAsync(harness)).GetProperty("access_token").GetString()!;

    private static string Body(string code) => """{"welcome_code":"CODE","text":{"content":"hi"}}""".Replace("CODE", code);

    [Fact]
    public async Task Gettoken_returns_the_same_token_while_it_is_valid_and_counts_calls()
    {
        await using var harness = await Harness.StartAsync();

        var first = await GetTokenAsync(harness);
        harness.Clock.Advance(TimeSpan.FromSeconds(100));
        var second = await GetTokenAsync(harness);

        Assert.Equal(first.GetProperty("access_token").GetString(), second.GetProperty("access_token").GetString());
        Assert.Equal(7200, first.GetProperty("expires_in").GetInt32());
        Assert.Equal(7100, second.GetProperty("expires_in").GetInt32());
        Assert.Equal(2, harness.Emulator.GetTokenCalls);
    }

    [Fact]
    public async Task Gettoken_refuses_a_wrong_secret_and_a_wrong_corp_id()
    {
        await using var harness = await Harness.StartAsync();

        Assert.Equal((int)WeComErrorCode.InvalidSecret, (await GetTokenAsync(harness, secret: "wrong")).GetProperty("errcode").GetInt32());
        Assert.Equal((int)WeComErrorCode.InvalidCorpId, (await GetTokenAsync(harness, corpId: "wrong")).GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task A_welcome_code_is_delivered_once_then_41051()
    {
        await using var harness = await Harness.StartAsync();
        var token = await TokenAsync(harness);
        var code = harness.Emulator.IssueWelcomeCode();

        Assert.Equal(0, await SendAsync(harness, token, Body(code)));
        Assert.Equal((int)WeComErrorCode.AlreadyDelivered, await SendAsync(harness, token, Body(code)));
        Assert.Single(harness.Emulator.Deliveries);
    }

    [Fact]
    public async Task A_delivery_keeps_the_body_as_it_came_over_the_wire_for_the_tests_own_types_to_read()
    {
        await using var harness = await Harness.StartAsync(o => o.Apps.Add(new EmulatedApp("crm", "crm-secret")));
        var token = (await GetTokenAsync(harness, secret: "crm-secret")).GetProperty("access_token").GetString();
        var code = harness.Emulator.IssueWelcomeCode();
        harness.Clock.Advance(TimeSpan.FromSeconds(3));
        var body = """{"welcome_code":"CODE","text":{"content":"你好 👋"},"attachments":[{"msgtype":"link","link":{"title":"指南","url":"https://example.com/"}}]}""".Replace("CODE", code);

        Assert.Equal(0, await SendAsync(harness, token, body));

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
        var token = await TokenAsync(harness);
        var onTime = harness.Emulator.IssueWelcomeCode();
        var late = harness.Emulator.IssueWelcomeCode();
        harness.Clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(0, await SendAsync(harness, token, Body(onTime)));
        harness.Clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal((int)WeComErrorCode.InvalidWelcomeCode, await SendAsync(harness, token, Body(late)));
        Assert.Equal((int)WeComErrorCode.InvalidWelcomeCode, await SendAsync(harness, token, Body("never-issued")));
    }

    [Fact]
    public async Task While_one_send_is_in_flight_another_app_gets_41096()
    {
        await using var harness = await Harness.StartAsync(o => o.Apps.Add(new EmulatedApp("crm", "crm-secret")));
        var first = await TokenAsync(harness);
        var second = (await GetTokenAsync(harness, secret: "crm-secret")).GetProperty("access_token").GetString();
        var code = harness.Emulator.IssueWelcomeCode();

        Task<int> inFlight;
        using (harness.Emulator.HoldDeliveries())
        {
            inFlight = SendAsync(harness, first, Body(code));
            await harness.Emulator.WhenInFlight(code);
            Assert.Equal((int)WeComErrorCode.WelcomeMessageBeingDistributed, await SendAsync(harness, second, Body(code)));
        }

        Assert.Equal(0, await inFlight);
        Assert.Equal((int)WeComErrorCode.AlreadyDelivered, await SendAsync(harness, second, Body(code)));
    }

    [Fact]
    public async Task Tokens_are_checked_before_the_body()
    {
        await using var harness = await Harness.StartAsync();
        var token = await TokenAsync(harness);
        var code = harness.Emulator.IssueWelcomeCode();

        Assert.Equal((int)WeComErrorCode.AccessTokenMissing, await SendAsync(harness, null, Body(code)));
        Assert.Equal((int)WeComErrorCode.InvalidAccessToken, await SendAsync(harness, "forged", Body(code)));
        harness.Emulator.RevokeTokens();
        Assert.Equal((int)WeComErrorCode.InvalidAccessToken, await SendAsync(harness, token, Body(code)));
        var fresh = await TokenAsync(harness);
        harness.Clock.Advance(harness.Emulator.Options.TokenLifetime);
        Assert.Equal((int)WeComErrorCode.AccessTokenExpired, await SendAsync(harness, fresh, Body(code)));
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
        var token = await TokenAsync(harness);

        var errcode = await SendAsync(harness, token, body.Replace("CODE", harness.Emulator.IssueWelcomeCode()));

        Assert.Equal((int)expected, errcode);
        Assert.Empty(harness.Emulator.Deliveries);
    }
}
