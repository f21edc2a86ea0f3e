using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WeComGen.AspNetCore;
using WeComGen.Endpoints;

namespace WeComGen.Callbacks.Tests.AspNetCore;

/// <summary>How long a welcome code is valid comes from the schema, through the generated contract's registration.</summary>
public class WelcomeCodeValidityTests
{
    [Fact]
    public async Task By_default_the_deadline_is_the_validity_the_generated_contract_registers()
    {
        await using var app = await CallbackApp.StartAsync();

        await app.SendAsync(app.WeCom.Post(app.AddedContact("code")));

        var (context, _) = await app.NextDispatchAsync();
        var registered = ContractRegistry.CredentialValidity(ExternalContactAddedEvent.WelcomeCodeIssuer);
        Assert.Equal(TimeSpan.FromSeconds(20), registered); // send_welcome_msg's x-wecom-credential
        Assert.Equal(CallbackApp.Start + registered, context.Deadline);
    }

    [Fact]
    public async Task WelcomeCodeValidity_overrides_the_schema()
    {
        await using var app = await CallbackApp.StartAsync(options => options.WelcomeCodeValidity = TimeSpan.FromSeconds(12));

        await app.SendAsync(app.WeCom.Post(app.AddedContact("code")));

        Assert.Equal(CallbackApp.Start.AddSeconds(12), (await app.NextDispatchAsync()).Context.Deadline);
    }

    [Fact]
    public async Task Without_a_registered_validity_or_an_override_a_code_is_answered_503_and_the_cause_logged_once()
    {
        await using var app = await CallbackApp.StartAsync(
            options => options.MaxConcurrentHandlers = 1,
            services: services => services.AddSingleton(provider => new CallbackDeadlines(
                provider.GetRequiredService<IOptions<WeComCallbackOptions>>(),
                provider.GetRequiredService<ILogger<CallbackDeadlines>>(),
                _ => null)));

        var first = await app.SendAsync(app.WeCom.Post(app.AddedContact("code-1")));
        var second = await app.SendAsync(app.WeCom.Post(app.AddedContact("code-2")));
        await app.SendAsync(app.WeCom.Post(CallbackEventXml.ExternalContactAdded(OfficialVectors.ReceiveId, "u", "wo", CallbackApp.Start, welcomeCode: null)));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable), (first.StatusCode, second.StatusCode));
        var (context, _) = await app.NextDispatchAsync(); // the first to reach a handler: the event without a code
        Assert.False(Assert.IsType<ExternalContactAddedEvent>(context.Event).CanSendWelcome);
        var error = Assert.Single(app.Logs.GetSnapshot(), r => r.Level >= LogLevel.Error);
        Assert.IsType<WelcomeCodeValidityUnknownException>(error.Exception);
    }
}
