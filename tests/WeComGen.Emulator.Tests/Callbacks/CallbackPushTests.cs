using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using WeComGen.Callbacks;
using WeComGen.Emulator.Tests.Support;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.Tests.Callbacks;

/// <summary>The emulator plays WeCom's side of the callback URL: a customer added is an encrypted event pushed to it.</summary>
public sealed class CallbackPushTests
{
    [Fact]
    public async Task Adding_a_customer_pushes_the_add_external_contact_event_encrypted_for_the_corp()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var wecom = await WeComEmulator.StartAsync(new WeComEmulatorOptions { CallbackUrl = url.Url });

        var customer = await wecom.AddCustomerAsync("zhangsan", "wmCustomer0001", state: "poster-2026");

        var request = Assert.Single(url.Requests);
        Assert.StartsWith("application/xml", request.ContentType);
        var added = Assert.IsType<ExternalContactAddedEvent>(Decrypt(wecom, request));
        Assert.Equal(("zhangsan", "wmCustomer0001", "poster-2026"), (added.UserId, added.ExternalUserId, added.State));
        Assert.Equal(ExternalContactAddType.AddExternalContact, added.AddType);
        Assert.Equal(wecom.CorpId, added.CorpId);
        Assert.Equal(customer.WelcomeCode, added.WelcomeCode!.Value);
        Assert.Equal(customer.IssuedAt.ToUnixTimeSeconds(), added.CreateTime.ToUnixTimeSeconds());
        Assert.Equal(HttpStatusCode.OK, customer.Answer.StatusCode);
        Assert.Equal("success", customer.Answer.Body);
        Assert.True(customer.Answer.Accepted);
    }

    [Fact]
    public async Task A_replay_repeats_the_request_byte_for_byte_and_a_fresh_envelope_carries_the_same_event()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var wecom = await WeComEmulator.StartAsync(new WeComEmulatorOptions { CallbackUrl = url.Url });
        var customer = await wecom.AddCustomerAsync("zhangsan", "wmCustomer0002");

        var same = await wecom.ReplayCallbackAsync(customer);
        var fresh = await wecom.ReplayCallbackAsync(customer, freshEnvelope: true);

        Assert.True(same.Accepted && fresh.Accepted);
        var requests = url.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal(requests[0], requests[1]);
        Assert.NotEqual(requests[0].Query("nonce"), requests[2].Query("nonce"));
        Assert.NotEqual(requests[0].Body, requests[2].Body);
        Assert.Equal(Decrypt(wecom, requests[0]).Xml, Decrypt(wecom, requests[2]).Xml);
    }

    [Fact]
    public async Task Without_a_callback_url_adding_a_customer_says_what_to_set()
    {
        await using var wecom = await WeComEmulator.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => wecom.AddCustomerAsync("zhangsan", "wmCustomer0003"));

        Assert.Contains("UseCallbackUrl", error.Message);
    }

    [Fact]
    public async Task A_callback_url_that_does_not_answer_is_reported_in_the_answer_not_thrown()
    {
        await using var wecom = await WeComEmulator.StartAsync();
        wecom.UseCallbackUrl(new Uri($"http://127.0.0.1:{ClosedPort()}/callback"));

        var customer = await wecom.AddCustomerAsync("zhangsan", "wmCustomer0004");

        Assert.Null(customer.Answer.StatusCode);
        Assert.False(customer.Answer.Accepted);
        Assert.False(string.IsNullOrEmpty(customer.Answer.Problem));
        Assert.Contains("no answer", customer.ToString());
    }

    [Fact]
    public async Task Bad_callback_settings_stop_the_start_without_quoting_the_key()
    {
        const string badKey = "not-a-valid-encoding-aes-key";

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            WeComEmulator.StartAsync(new WeComEmulatorOptions { CallbackEncodingAesKey = badKey }));

        Assert.Contains("EncodingAESKey", error.Message);
        Assert.DoesNotContain(badKey, error.Message);
    }

    [Fact]
    public void Every_emulator_gets_callback_credentials_of_its_own_that_the_runtime_accepts()
    {
        var first = new WeComEmulatorOptions();
        var second = new WeComEmulatorOptions();

        Assert.NotEqual(first.CallbackToken, second.CallbackToken);
        Assert.NotEqual(first.CallbackEncodingAesKey, second.CallbackEncodingAesKey);
        Assert.True(WeComCallbackCrypto.Create(first.CallbackToken, first.CallbackEncodingAesKey, first.CorpId).IsSuccess);
    }

    [Fact]
    public async Task The_customer_names_the_welcome_code_masked()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var wecom = await WeComEmulator.StartAsync(new WeComEmulatorOptions { CallbackUrl = url.Url });

        var customer = await wecom.AddCustomerAsync("zhangsan", "wmCustomer0005");

        Assert.DoesNotContain(customer.WelcomeCode, customer.ToString());
        Assert.Contains(customer.WelcomeCode[^4..], customer.ToString());
    }

    [Fact]
    public async Task The_customer_route_adds_a_customer_for_local_development()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var wecom = await WeComEmulator.StartAsync(new WeComEmulatorOptions { CallbackUrl = url.Url });
        using var http = new HttpClient { BaseAddress = wecom.BaseAddress };

        using var answer = await PostJsonAsync(http, "emulator/customer?userid=zhangsan&external_userid=wmCustomer0006&state=desk");

        var root = answer.RootElement;
        Assert.Equal(0, root.GetProperty("errcode").GetInt32());
        Assert.Equal(200, root.GetProperty("callback_status").GetInt32());
        Assert.Equal("success", root.GetProperty("callback_answer").GetString());
        var added = Assert.IsType<ExternalContactAddedEvent>(Decrypt(wecom, Assert.Single(url.Requests)));
        Assert.Equal(root.GetProperty("welcome_code").GetString(), added.WelcomeCode!.Value);
        Assert.Equal(("wmCustomer0006", "desk"), (added.ExternalUserId, added.State));
    }

    [Theory]
    [InlineData("emulator/customer?userid=zhangsan", true)]
    [InlineData("emulator/customer?external_userid=wmCustomer0007", true)]
    [InlineData("emulator/customer?userid=zhangsan&external_userid=wmCustomer0007", false)]
    public async Task The_customer_route_refuses_a_missing_id_or_a_missing_callback_url(string pathAndQuery, bool withCallbackUrl)
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var wecom = await WeComEmulator.StartAsync(new WeComEmulatorOptions { CallbackUrl = withCallbackUrl ? url.Url : null });
        using var http = new HttpClient { BaseAddress = wecom.BaseAddress };

        using var answer = await PostJsonAsync(http, pathAndQuery);

        Assert.Equal((int)WeComErrorCode.InvalidParameter, answer.RootElement.GetProperty("errcode").GetInt32());
        Assert.False(answer.RootElement.TryGetProperty("welcome_code", out _));
        Assert.Empty(url.Requests);
    }

    private static async Task<JsonDocument> PostJsonAsync(HttpClient http, string pathAndQuery)
    {
        using var response = await http.PostAsync(pathAndQuery, null);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static WeComCallbackEvent Decrypt(WeComEmulator wecom, RecordedRequest request)
    {
        var crypto = new WeComCallbackCrypto(wecom.CallbackToken, wecom.CallbackEncodingAesKey, wecom.CorpId);
        var xml = crypto.DecryptPost(request.Query("msg_signature"), request.Query("timestamp"), request.Query("nonce"), request.Body).Value;
        return CallbackEventParser.Parse(xml, DateTimeOffset.UtcNow).Value;
    }

    /// <summary>A loopback port nothing listens on: taken from the system, then let go.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
