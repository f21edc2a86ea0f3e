using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using WeComGen.Client.Tests.Support;
using WeComGen.Tokens;
using WeComGen.ExternalContact;

namespace WeComGen.Client.Tests.DependencyInjection;

/// <summary>services.AddWeComClient(...) wires the client to IHttpClientFactory, bound options, logging and a TimeProvider.</summary>
public sealed class AddWeComClientTests
{
    private static IConfiguration Configuration(Harness harness) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WeCom:CorpId"] = harness.Emulator.CorpId,
            ["WeCom:Secret"] = harness.Emulator.Secret,
            ["WeCom:BaseAddress"] = harness.Emulator.BaseAddress.ToString(),
            ["WeCom:CredentialSafetyMargin"] = "00:00:03",
            ["WeCom:MaxAttempts"] = "4",
        })
        .Build();

    [Fact]
    public async Task Options_are_bound_from_configuration()
    {
        await using var harness = await Harness.StartAsync();
        var services = new ServiceCollection();
        services.AddWeComClient(Configuration(harness).GetSection("WeCom"));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<WeComClientOptions>>().Value;

        Assert.Equal(harness.Emulator.CorpId, options.CorpId);
        Assert.Equal(harness.Emulator.BaseAddress, options.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(3), options.CredentialSafetyMargin);
        Assert.Equal(4, options.MaxAttempts);
    }

    [Fact]
    public async Task The_resolved_client_sends_through_the_factory_and_logs_no_secret()
    {
        // The factory's own logging redacts query strings only while this switch is off; the client must not depend on it.
        AppContext.SetSwitch("System.Net.Http.DisableUriRedaction", true);
        await using var harness = await Harness.StartAsync();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(harness.Clock);
        services.AddFakeLogging();
        services.AddWeComClient(Configuration(harness).GetSection("WeCom"));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<WeComClient>();
        harness.Emulator.RevokeTokens();

        var outcome = await harness.SendAsync(harness.ReceiveCode(), client);
        harness.Emulator.RevokeTokens();
        await harness.SendAsync(harness.ReceiveCode(), client);

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(outcome);
        Assert.Same(client, provider.GetRequiredService<WeComClient>());
        Assert.IsType<WeComAccessTokenSource>(provider.GetRequiredService<IAccessTokenSource>());
        var logs = provider.GetFakeLogCollector().GetSnapshot();
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, r => r.Message.Contains(harness.Emulator.Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(logs, r => r.Message.Contains("access_token=", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, r => r.Message.Contains("corpsecret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_custom_token_source_registered_first_is_kept()
    {
        await using var harness = await Harness.StartAsync();
        var services = new ServiceCollection();
        var shared = new WeComAccessTokenSource(harness.Http, harness.Options(), harness.Clock);
        services.AddSingleton<IAccessTokenSource>(shared);
        services.AddSingleton<TimeProvider>(harness.Clock);
        services.AddWeComClient(options =>
        {
            options.CorpId = harness.Emulator.CorpId;
            options.Secret = harness.Emulator.Secret;
            options.BaseAddress = harness.Emulator.BaseAddress;
        });
        await using var provider = services.BuildServiceProvider();

        var outcome = await harness.SendAsync(harness.ReceiveCode(), provider.GetRequiredService<WeComClient>());

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(outcome);
        Assert.Same(shared, provider.GetRequiredService<IAccessTokenSource>());
        Assert.Equal(1, shared.Fetches);
    }
}
