using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WeComGen.AspNetCore;
using static WeComGen.Callbacks.Tests.OfficialVectors;

namespace WeComGen.Callbacks.Tests.AspNetCore;

public class OptionsTests
{
    [Fact]
    public async Task Options_bind_from_configuration_with_WeComs_own_key_names()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WeCom:Callback:Token"] = Token,
            ["WeCom:Callback:EncodingAESKey"] = EncodingAesKey,
            ["WeCom:Callback:ReceiveId"] = ReceiveId,
            ["WeCom:Callback:Crypto:TimestampTolerance"] = "", // the published vector was signed in 2014
        });
        builder.Services.AddWeComCallbacks(builder.Configuration.GetSection("WeCom:Callback"));
        await using var app = builder.Build();
        app.MapWeComCallback("/cb", (_, _) => Task.CompletedTask);
        await app.StartAsync();

        var response = await app.GetTestClient().GetAsync("/cb" + UrlVerification.QueryString);

        Assert.Equal(UrlVerification.Plaintext, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_crypto_limits_and_replay_window_bind_under_Crypto_and_the_clock_is_the_apps()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Token"] = Token,
            ["EncodingAESKey"] = EncodingAesKey,
            ["ReceiveId"] = ReceiveId,
            ["Crypto:MaxBodyBytes"] = "4096",
            ["Crypto:TimestampTolerance"] = "00:01:00",
            ["CreateTimeAllowance"] = "00:00:05",
        }).Build();
        using var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddWeComCallbacks(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<WeComCallbackOptions>>().Value;

        Assert.Equal((4096, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(5)), (options.Crypto.MaxBodyBytes, options.Crypto.TimestampTolerance, options.CreateTimeAllowance));
        Assert.Same(clock, options.Crypto.TimeProvider);
        Assert.Same(options.Crypto, services.GetRequiredService<WeComCallbackCrypto>().Options);
    }

    [Fact]
    public void The_replay_window_is_on_by_default_and_an_empty_setting_switches_it_off()
    {
        static TimeSpan? Tolerance(string? setting)
        {
            var values = new Dictionary<string, string?> { ["Token"] = Token, ["EncodingAESKey"] = EncodingAesKey, ["ReceiveId"] = ReceiveId };
            if (setting is not null)
            {
                values["Crypto:TimestampTolerance"] = setting;
            }

            using var services = new ServiceCollection().AddWeComCallbacks(new ConfigurationBuilder().AddInMemoryCollection(values).Build()).BuildServiceProvider();
            return services.GetRequiredService<IOptions<WeComCallbackOptions>>().Value.Crypto.TimestampTolerance;
        }

        Assert.Equal(TimeSpan.FromMinutes(5), Tolerance(null));
        Assert.Null(Tolerance(""));
    }

    [Theory]
    [InlineData("Crypto:MaxBodyBytes", "0")]
    [InlineData("Crypto:TimestampTolerance", "-00:00:01")]
    [InlineData("BodyTimeout", "00:00:00")]
    [InlineData("CreateTimeAllowance", "-00:00:01")]
    [InlineData("QueueCapacity", "-7")]
    public void A_bad_setting_is_named_and_its_value_never_quoted(string setting, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Token"] = Token,
            ["EncodingAESKey"] = EncodingAesKey,
            ["ReceiveId"] = ReceiveId,
            [setting] = value,
        }).Build();
        using var services = new ServiceCollection().AddWeComCallbacks(configuration).BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WeComCallbackOptions>>().Value);

        Assert.Contains(setting, failure.Message);
        Assert.DoesNotContain(value, failure.Message);
        Assert.DoesNotContain(Token, failure.Message);
        Assert.DoesNotContain(EncodingAesKey, failure.Message);
    }

    [Fact]
    public async Task A_bad_key_stops_the_app_from_starting_and_is_never_quoted()
    {
        const string badKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C-tooLong";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddWeComCallbacks(options =>
        {
            options.Token = Token;
            options.EncodingAesKey = badKey;
            options.ReceiveId = ReceiveId;
        });
        await using var app = builder.Build();
        app.MapWeComCallback("/cb", (_, _) => Task.CompletedTask);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("EncodingAESKey", failure.Message);
        Assert.DoesNotContain(badKey, failure.Message);
        Assert.DoesNotContain(Token, failure.Message);
    }

    [Fact]
    public async Task Mapping_the_callback_without_its_services_says_what_to_call()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();

        var failure = Assert.Throws<InvalidOperationException>(() => app.MapWeComCallback("/cb", (_, _) => Task.CompletedTask));

        Assert.Contains("AddWeComCallbacks", failure.Message);
    }

    [Fact]
    public void The_options_hide_token_and_key()
    {
        var text = new WeComCallbackOptions { Token = Token, EncodingAesKey = EncodingAesKey, ReceiveId = ReceiveId }.ToString();

        Assert.DoesNotContain(Token, text);
        Assert.DoesNotContain(EncodingAesKey, text);
    }
}
