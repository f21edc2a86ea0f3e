using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WeComGen.Tokens;

namespace WeComGen.Client.Tests.DependencyInjection;

/// <summary>A host whose client settings cannot work refuses to start, naming each bad setting and never its value.</summary>
public sealed class StartupValidationTests
{
    private const string SecretValue = "s3cr3t-value-that-must-not-leak";

    private static Dictionary<string, string?> Good() => new()
    {
        ["WeCom:CorpId"] = "corp-id-value",
        ["WeCom:Secret"] = SecretValue,
    };

    private static IHost Host(Dictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        before?.Invoke(builder.Services);
        builder.Services.AddWeComClient(builder.Configuration.GetSection("WeCom"));
        return builder.Build();
    }

    private static async Task<OptionsValidationException> RefusedStart(Dictionary<string, string?> settings)
    {
        using var host = Host(settings);
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Theory]
    [InlineData("CorpId", "")]
    [InlineData("Secret", " ")]
    [InlineData("BaseAddress", "/relative/wecom")]
    [InlineData("AttemptTimeout", "00:00:00")]
    [InlineData("RetryBaseDelay", "-00:00:01")]
    [InlineData("ThrottledBaseDelay", "00:00:00")]
    [InlineData("CredentialSafetyMargin", "-00:00:01")]
    [InlineData("TokenRefreshMargin", "-00:00:01")]
    [InlineData("RetryMaxDelay", "00:00:00.001")]
    [InlineData("ThrottledMaxDelay", "00:00:00.001")]
    [InlineData("MaxAttempts", "0")]
    public async Task A_setting_that_cannot_work_stops_the_host_naming_the_setting_not_its_value(string setting, string value)
    {
        var settings = Good();
        settings["WeCom:" + setting] = value;

        var refused = await RefusedStart(settings);

        var failure = Assert.Single(refused.Failures);
        Assert.StartsWith(setting + " must", failure, StringComparison.Ordinal);
        if (value.Trim().Length > 0)
        {
            Assert.DoesNotContain(value, refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_bad_setting_is_named_at_once_and_no_secret_appears()
    {
        var settings = Good();
        settings["WeCom:CorpId"] = "";
        settings["WeCom:MaxAttempts"] = "0";
        settings["WeCom:AttemptTimeout"] = "00:00:00";

        var refused = await RefusedStart(settings);

        Assert.Equal(3, refused.Failures.Count());
        Assert.Contains(refused.Failures, failure => failure.StartsWith("CorpId", StringComparison.Ordinal));
        Assert.DoesNotContain(SecretValue, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretValue, refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Good_settings_start()
    {
        using var host = Host(Good());

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task A_token_source_of_its_own_needs_no_corp_id_or_secret()
    {
        using var host = Host(new Dictionary<string, string?>(), services => services.AddSingleton<IAccessTokenSource>(new FixedTokens()));

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public void The_direct_constructors_refuse_by_the_same_rules()
    {
        var options = new WeComClientOptions { CorpId = "corp", Secret = SecretValue, MaxAttempts = 0 };

        var refused = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(nameof(WeComClientOptions.MaxAttempts), refused.ParamName);
        Assert.StartsWith(Assert.Single(options.Problems(requireCredentials: true)), refused.Message, StringComparison.Ordinal);
    }

    private sealed class FixedTokens : IAccessTokenSource
    {
        public ValueTask<AccessTokenResult> GetAsync(CancellationToken cancellationToken) =>
            throw new InvalidOperationException("not called at start");

        public void Invalidate(AccessToken rejected)
        {
        }
    }
}
