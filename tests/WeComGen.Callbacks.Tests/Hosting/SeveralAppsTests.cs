using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WeComGen.AspNetCore;
using WeComGen.Client;
using WeComGen.Tokens;

namespace WeComGen.Callbacks.Tests.Hosting;

/// <summary>Two WeCom apps in one host: each its own options, tokens, ledger, callback secrets and handler.</summary>
public sealed class SeveralAppsTests
{
    private static readonly Uri WeComAddress = new("https://wecom.test/");

    [Fact]
    public async Task Each_app_gets_its_own_token_with_its_own_corp_and_secret()
    {
        var sales = new FakeWeCom();
        var support = new FakeWeCom();
        var services = new ServiceCollection().AddLogging();
        services.AddWeComClient("sales", App("ww-sales", "sales-secret")).ConfigurePrimaryHttpMessageHandler(() => sales);
        services.AddWeComClient("support", App("ww-support", "support-secret")).ConfigurePrimaryHttpMessageHandler(() => support);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IAccessTokenSource>("sales").GetAsync(CancellationToken.None);
        await provider.GetRequiredKeyedService<IAccessTokenSource>("support").GetAsync(CancellationToken.None);

        Assert.Equal([("ww-sales", "sales-secret")], sales.Calls);
        Assert.Equal([("ww-support", "support-secret")], support.Calls);
        Assert.NotSame(provider.GetRequiredKeyedService<WeComClient>("sales"), provider.GetRequiredKeyedService<WeComClient>("support"));
        Assert.Same(provider.GetRequiredKeyedService<WeComClient>("sales"), provider.GetRequiredKeyedService<WeComClient>("sales"));
    }

    [Fact]
    public async Task A_named_app_and_the_one_app_client_live_side_by_side()
    {
        var named = new FakeWeCom();
        var plain = new FakeWeCom();
        var services = new ServiceCollection().AddLogging();
        services.AddWeComClient(App("ww-plain", "plain-secret")).ConfigurePrimaryHttpMessageHandler(() => plain);
        services.AddWeComClient("sales", App("ww-sales", "sales-secret")).ConfigurePrimaryHttpMessageHandler(() => named);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAccessTokenSource>().GetAsync(CancellationToken.None);
        await provider.GetRequiredKeyedService<IAccessTokenSource>("sales").GetAsync(CancellationToken.None);

        Assert.Equal([("ww-plain", "plain-secret")], plain.Calls);
        Assert.Equal([("ww-sales", "sales-secret")], named.Calls);
    }

    [Fact]
    public async Task A_missing_secret_fails_the_start_naming_the_app_and_the_setting()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddWeComClient("sales", App("ww-sales", "sales-secret"));
        builder.Services.AddWeComClient("support", options => options.CorpId = "ww-support");
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Equal("WeCom app 'support': Secret must be set to call gettoken.", Assert.Single(failure.Failures));
    }

    [Fact]
    public async Task A_callback_app_without_its_token_fails_the_start_naming_the_app()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddWeComCallbacks("sales", Callbacks(CallbackSecrets.A));
        builder.Services.AddWeComCallbacks("support", options => options.ReceiveId = "ww-support");
        await using var app = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.All(failure.Failures, message => Assert.StartsWith("WeCom app 'support' callbacks: ", message));
        Assert.Contains(failure.Failures, message => message.Contains("Token"));
    }

    [Fact]
    public void Two_apps_of_one_name_are_refused_naming_it()
    {
        var services = new ServiceCollection();
        services.AddWeComClient("sales", App("ww-sales", "sales-secret"));

        var failure = Assert.Throws<InvalidOperationException>(() => services.AddWeComClient("sales", App("ww-other", "other-secret")));

        Assert.Contains("'sales'", failure.Message);
        Assert.DoesNotContain("secret", failure.Message.Replace("AddWeComClient", ""), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Two_callback_apps_of_one_name_are_refused_naming_it()
    {
        var services = new ServiceCollection();
        services.AddWeComCallbacks("sales", Callbacks(CallbackSecrets.A));

        var failure = Assert.Throws<InvalidOperationException>(() => services.AddWeComCallbacks("sales", Callbacks(CallbackSecrets.B)));

        Assert.Contains("'sales'", failure.Message);
    }

    [Fact]
    public async Task Each_callback_endpoint_takes_its_own_apps_callbacks_only()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddWeComCallbacks("sales", Callbacks(CallbackSecrets.A));
        builder.Services.AddWeComCallbacks("support", Callbacks(CallbackSecrets.B));
        await using var app = builder.Build();
        var handled = Channel.CreateUnbounded<string>();
        app.MapWeComCallback("sales", "/wecom/sales", (context, _) => handled.Writer.WriteAsync("sales:" + context.Event.CorpId).AsTask());
        app.MapWeComCallback("support", "/wecom/support", (context, _) => handled.Writer.WriteAsync("support:" + context.Event.CorpId).AsTask());
        await app.StartAsync();
        var client = app.GetTestClient();
        var fromA = CallbackSecrets.A.Encryptor().Post(CallbackSecrets.Message(CallbackSecrets.A.ReceiveId));

        var atB = await SendAsync(client, "/wecom/support", fromA);
        var atA = await SendAsync(client, "/wecom/sales", fromA);

        Assert.Equal(HttpStatusCode.BadRequest, atB.StatusCode);
        Assert.Equal(HttpStatusCode.OK, atA.StatusCode);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Equal("sales:" + CallbackSecrets.A.ReceiveId, await handled.Reader.ReadAsync(timeout.Token));
        Assert.False(handled.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Mapping_an_app_whose_callbacks_were_not_added_says_which_call_is_missing()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddWeComCallbacks("sales", Callbacks(CallbackSecrets.A));
        await using var app = builder.Build();

        var failure = Assert.Throws<InvalidOperationException>(() => app.MapWeComCallback("support", "/wecom/support", (_, _) => Task.CompletedTask));

        Assert.Contains("AddWeComCallbacks(\"support\", ...)", failure.Message);
    }

    [Fact]
    public async Task The_health_checks_cover_every_app_and_callback_endpoint()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddHealthChecks().AddWeComHealthChecks();
        services.AddWeComClient("sales", App("ww-sales", "sales-secret")).ConfigurePrimaryHttpMessageHandler(() => new FakeWeCom());
        services.AddWeComClient(App("ww-plain", "plain-secret")).ConfigurePrimaryHttpMessageHandler(() => new FakeWeCom());
        services.AddWeComCallbacks("sales", Callbacks(CallbackSecrets.A));
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(["wecom-callbacks:sales", "wecom-token", "wecom-token:sales"], report.Entries.Keys.Order());
        Assert.All(report.Entries.Values, entry => Assert.Contains("wecom", entry.Tags));
        Assert.Equal(HealthStatus.Healthy, report.Status);
    }

    private static Action<WeComClientOptions> App(string corpId, string secret) => options =>
    {
        options.CorpId = corpId;
        options.Secret = secret;
        options.BaseAddress = WeComAddress;
    };

    private static Action<WeComCallbackOptions> Callbacks(CallbackSecrets secrets) => options =>
    {
        options.Token = secrets.Token;
        options.EncodingAesKey = secrets.EncodingAesKey;
        options.ReceiveId = secrets.ReceiveId;
        options.Crypto.TimestampTolerance = null;
    };

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, EncryptedCallbackRequest request) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, request.PathAndQuery(path))
        {
            Content = new StringContent(request.Body!, Encoding.UTF8, "application/xml"),
        });

    /// <summary>Two apps' callback settings: the official vectors' and another corp's.</summary>
    private sealed record CallbackSecrets(string Token, string EncodingAesKey, string ReceiveId)
    {
        public static CallbackSecrets A { get; } = new(OfficialVectors.Token, OfficialVectors.EncodingAesKey, OfficialVectors.ReceiveId);

        public static CallbackSecrets B { get; } = new("SupportToken", Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)i)]).TrimEnd('='), "ww-support");

        public CallbackRequestEncryptor Encryptor() => new(new WeComCallbackCrypto(Token, EncodingAesKey, ReceiveId, new CallbackCryptoOptions { TimestampTolerance = null }));

        public static string Message(string receiveId) =>
            $"<xml><ToUserName><![CDATA[{receiveId}]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName><CreateTime>1409659813</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_contact]]></Event><AgentID>1</AgentID></xml>";
    }
}
