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
        });
        builder.Services.AddWeComCallbacks(builder.Configuration.GetSection("WeCom:Callback"));
        await using var app = builder.Build();
        app.MapWeComCallback("/cb", (_, _) => Task.CompletedTask);
        await app.StartAsync();

        var response = await app.GetTestClient().GetAsync("/cb" + UrlVerification.QueryString);

        Assert.Equal(UrlVerification.Plaintext, await response.Content.ReadAsStringAsync());
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
