using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using WeComGen.AspNetCore;
using WeComGen.Callbacks;
using WeComGen.Client;
using WeComGen.Emulator;
using WeComGen.ExternalContact;
using WeComGen.Redis.Tests.Support;

namespace WeComGen.Redis.Tests.EndToEnd;

/// <summary>Two bot instances behind one callback URL: WeCom's re-send of a callback lands on the other one, which recognises it.</summary>
[Collection(RedisCollection.Name)]
public sealed class TwoInstancesTests(RedisServer redis)
{
    private const int DuplicateLogged = 3;

    [Fact]
    public async Task A_callback_re_sent_to_the_other_instance_is_not_handled_again()
    {
        await using var emulator = await WeComEmulator.StartAsync();
        var prefix = Instance.NewPrefix();
        await using var first = await StartBotAsync(emulator, prefix);
        await using var second = await StartBotAsync(emulator, prefix);

        emulator.UseCallbackUrl(CallbackUrl(first));
        var customer = await emulator.AddCustomerAsync("zhangsan", "wmCustomer0001");
        emulator.UseCallbackUrl(CallbackUrl(second));
        var resent = await emulator.ReplayCallbackAsync(customer, freshEnvelope: true);

        Assert.Equal(System.Net.HttpStatusCode.OK, customer.Answer.StatusCode);
        Assert.Equal("success", resent.Body);
        Assert.Equal(1, Logged(second, DuplicateLogged));
        Assert.Equal(0, Logged(first, DuplicateLogged));
        for (var i = 0; i < 200 && emulator.Deliveries.Count == 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Single(emulator.Deliveries);
    }

    private async Task<WebApplication> StartBotAsync(WeComEmulator emulator, string prefix)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddFakeLogging();
        builder.Services.AddWeComCallbacks(options =>
        {
            options.Token = emulator.CallbackToken;
            options.EncodingAesKey = emulator.CallbackEncodingAesKey;
            options.ReceiveId = emulator.CorpId;
        });
        builder.Services.AddWeComClient(options =>
        {
            options.CorpId = emulator.CorpId;
            options.Secret = emulator.Secret;
            options.BaseAddress = emulator.BaseAddress;
        });
        builder.Services.AddWeComRedis(options =>
        {
            options.ConnectionString = redis.ConnectionString;
            options.KeyPrefix = prefix;
            options.OperationTimeout = TimeSpan.FromSeconds(2); // the machine may be busy
        });
        var app = builder.Build();
        app.MapWeComCallback("/wecom/callback", async (context, cancellationToken) =>
        {
            if (context.Event is ExternalContactAddedEvent { WelcomeCode: { } code })
            {
                await context.Services.GetRequiredService<WeComClient>().SendWelcomeMsgAsync(
                    new SendWelcomeMsgRequest { WelcomeCode = code, Text = new Text { Content = "欢迎！" } }, cancellationToken);
            }
        });
        await app.StartAsync();
        return app;
    }

    private static Uri CallbackUrl(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/wecom/callback");

    private static int Logged(WebApplication app, int eventId) =>
        app.Services.GetFakeLogCollector().GetSnapshot().Count(record => record.Id.Id == eventId && record.Category == typeof(CallbackDeduplicator).Namespace + ".CallbackEndpoint");
}
