using System.Net;
using System.Text;
using WeComGen.Credentials;
using WeComGen.Endpoints;
using WeComGen.ExternalContact;

namespace WeComGen.Client.Tests.Client;

/// <summary>Where requests go: the schema's x-wecom-base-address unless the options name another.</summary>
public sealed class BaseAddressTests
{
    private static readonly Uri SchemaAddress = ExternalContactEndpoints.SendWelcomeMsg.BaseAddress!;

    [Fact]
    public void The_schema_gives_the_endpoint_its_base_address_and_registers_it()
    {
        Assert.Equal(new Uri("https://qyapi.weixin.qq.com"), SchemaAddress);
        Assert.Contains(new ContractAddress("ExternalContact", SchemaAddress), ContractRegistry.BaseAddresses);
    }

    [Fact]
    public async Task Without_a_configured_base_address_every_request_goes_where_the_schema_says()
    {
        var wire = new RecordingHandler();
        using var http = new HttpClient(wire);
        var client = new WeComClient(http, new WeComClientOptions { CorpId = "corp", Secret = "secret" });

        var outcome = await client.SendWelcomeMsgAsync(new SendWelcomeMsgRequest { WelcomeCode = new EventCode("code", DateTimeOffset.UtcNow), Text = new Text { Content = "欢迎" } });

        Assert.True(outcome.IsSuccess, outcome.ToString());
        Assert.Equal(["https://qyapi.weixin.qq.com/cgi-bin/gettoken", "https://qyapi.weixin.qq.com/cgi-bin/externalcontact/send_welcome_msg"], wire.Addresses);
    }

    [Fact]
    public async Task A_configured_base_address_wins_with_its_path_prefix()
    {
        var wire = new RecordingHandler();
        using var http = new HttpClient(wire);
        var options = new WeComClientOptions { CorpId = "corp", Secret = "secret", BaseAddress = new Uri("https://proxy.example/wecom/") };
        var client = new WeComClient(http, options);

        await client.SendWelcomeMsgAsync(new SendWelcomeMsgRequest { WelcomeCode = new EventCode("code", DateTimeOffset.UtcNow), Text = new Text { Content = "欢迎" } });

        Assert.Equal(["https://proxy.example/wecom/cgi-bin/gettoken", "https://proxy.example/wecom/cgi-bin/externalcontact/send_welcome_msg"], wire.Addresses);
    }

    [Fact]
    public void A_relative_base_address_is_refused_naming_the_setting()
    {
        var options = new WeComClientOptions { CorpId = "corp", Secret = "secret", BaseAddress = new Uri("/wecom", UriKind.Relative) };

        var refused = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(nameof(WeComClientOptions.BaseAddress), refused.ParamName);
    }

    /// <summary>Answers gettoken and every endpoint with success, and keeps each request's address without its query.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<string> Addresses { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Addresses.Add(request.RequestUri!.GetLeftPart(UriPartial.Path));
            var json = request.RequestUri.AbsolutePath.EndsWith("/gettoken", StringComparison.Ordinal)
                ? """{"errcode":0,"errmsg":"ok","access_token":"token","expires_in":7200}"""
                : """{"errcode":0,"errmsg":"ok"}""";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }
    }
}
