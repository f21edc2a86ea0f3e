using System.Net;
using Microsoft.Extensions.Logging;
using WeComGen.AspNetCore;
using static WeComGen.Callbacks.Tests.OfficialVectors;

namespace WeComGen.Callbacks.Tests.AspNetCore;

public class CallbackDispatchTests
{
    [Fact]
    public async Task An_added_contact_is_answered_success_and_reaches_the_handler_typed_with_its_arrival_time()
    {
        await using var app = await CallbackApp.StartAsync();

        var response = await app.SendAsync(app.WeCom.Post(app.AddedContact("WELCOMECODE", state: "teststate"), agentId: "1000002"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("success", await response.Content.ReadAsStringAsync());
        var (context, _) = await app.NextDispatchAsync();
        var added = Assert.IsType<ExternalContactAddedEvent>(context.Event);
        Assert.Equal(("zhangsan", "woAJ2GCAAAXtWyujaWJHDDGi0mAAAA", "teststate"), (added.UserId, added.ExternalUserId, added.State));
        Assert.Equal("WELCOMECODE", added.WelcomeCode!.Value);
        Assert.Equal(CallbackApp.Start, added.WelcomeCode.ReceivedAt);
        Assert.Equal(CallbackApp.Start.AddSeconds(20), context.Deadline);
    }

    [Fact]
    public async Task A_body_with_a_byte_order_mark_is_read_as_the_same_xml()
    {
        await using var app = await CallbackApp.StartAsync();
        var request = app.WeCom.Post(app.AddedContact("code-bom"));
        var withBom = new HttpRequestMessage(HttpMethod.Post, request.PathAndQuery(CallbackApp.Path))
        {
            Content = new ByteArrayContent([.. System.Text.Encoding.UTF8.Preamble, .. System.Text.Encoding.UTF8.GetBytes(request.Body!)]),
        };

        var response = await app.Client.SendAsync(withBom);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("code-bom", CodeOf(await app.NextDispatchAsync()));
    }

    [Fact]
    public async Task The_handler_token_fires_when_the_welcome_code_expires()
    {
        await using var app = await CallbackApp.StartAsync(handler: (_, token) => Task.Delay(Timeout.Infinite, token));
        await app.SendAsync(app.WeCom.Post(app.AddedContact("code-1")));
        var (_, token) = await app.NextDispatchAsync();

        app.Clock.Advance(TimeSpan.FromSeconds(19));
        Assert.False(token.IsCancellationRequested);

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(token.IsCancellationRequested);
    }

    [Fact]
    public async Task Without_a_welcome_code_the_handler_is_told_there_is_nothing_to_send_and_gets_the_handler_timeout()
    {
        await using var app = await CallbackApp.StartAsync(options => options.HandlerTimeout = TimeSpan.FromSeconds(45));

        await app.SendAsync(app.WeCom.Post(CallbackEventXml.ExternalContactAdded(ReceiveId, "u", "wo", CallbackApp.Start, welcomeCode: null)));

        var (context, _) = await app.NextDispatchAsync();
        Assert.False(Assert.IsType<ExternalContactAddedEvent>(context.Event).CanSendWelcome);
        Assert.Equal(CallbackApp.Start.AddSeconds(45), context.Deadline);
    }

    [Fact]
    public async Task A_third_party_apps_callback_is_decrypted_with_its_suite_id_and_dispatched_typed()
    {
        // For a third-party app the configured receive id is the suite id (here the vector's id).
        await using var app = await CallbackApp.StartAsync();
        var xml = CallbackEventXml.ThirdPartyExternalContactAdded(ReceiveId, "wwauthcorp", "u", "wo", CallbackApp.Start, "code-3p");

        await app.SendAsync(app.WeCom.Post(xml));

        var added = Assert.IsType<ExternalContactAddedEvent>((await app.NextDispatchAsync()).Context.Event);
        Assert.Equal((true, ReceiveId, "wwauthcorp", "code-3p"), (added.IsThirdParty, added.SuiteId, added.CorpId, added.WelcomeCode?.Value));
    }

    [Fact]
    public async Task Other_events_are_dispatched_too()
    {
        await using var app = await CallbackApp.StartAsync();

        await app.SendAsync(app.WeCom.Post("<xml><MsgType>event</MsgType><Event>change_external_contact</Event><ChangeType>del_external_contact</ChangeType></xml>"));

        var (context, _) = await app.NextDispatchAsync();
        Assert.Equal("del_external_contact", Assert.IsType<OtherCallbackEvent>(context.Event).ChangeType);
    }

    [Fact]
    public async Task A_replayed_callback_is_answered_but_dispatched_once()
    {
        // One handler at a time: dispatches happen in queue order, so a replay would be seen before the next code.
        await using var app = await CallbackApp.StartAsync(options => options.MaxConcurrentHandlers = 1);
        var first = app.WeCom.Post(app.AddedContact("code-A"));

        var responses = new[]
        {
            await app.SendAsync(first),
            await app.SendAsync(first),
            await app.SendAsync(app.WeCom.Post(app.AddedContact("code-A"))),
            await app.SendAsync(app.WeCom.Post(app.AddedContact("code-B"))),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal("code-A", CodeOf(await app.NextDispatchAsync()));
        Assert.Equal("code-B", CodeOf(await app.NextDispatchAsync()));
    }

    [Fact]
    public async Task After_the_deduplication_and_replay_windows_the_same_code_is_dispatched_again()
    {
        await using var app = await CallbackApp.StartAsync(options =>
        {
            options.MaxConcurrentHandlers = 1;
            options.DeduplicationWindow = TimeSpan.FromSeconds(30);
            options.Crypto.TimestampTolerance = TimeSpan.FromSeconds(10);
        });
        await app.SendAsync(app.WeCom.Post(app.AddedContact("code-A")));
        Assert.Equal("code-A", CodeOf(await app.NextDispatchAsync()));

        app.Clock.Advance(TimeSpan.FromSeconds(31));
        await app.SendAsync(app.WeCom.Post(app.AddedContact("code-A")));

        Assert.Equal("code-A", CodeOf(await app.NextDispatchAsync()));
    }

    [Fact]
    public async Task A_tampered_callback_is_400_reaches_no_handler_and_leaks_no_secret()
    {
        await using var app = await CallbackApp.StartAsync(options => options.MaxConcurrentHandlers = 1);
        var genuine = app.WeCom.Post(app.AddedContact("SECRET-WELCOME-CODE"));
        var tampered = genuine with { QueryString = genuine.QueryString.Replace("timestamp=1", "timestamp=2") };

        var response = await app.SendAsync(tampered);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("invalid callback: InvalidSignature", body);
        await app.SendAsync(app.WeCom.Post(app.AddedContact("sentinel")));
        Assert.Equal("sentinel", CodeOf(await app.NextDispatchAsync()));
        var refusal = Assert.Single(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("InvalidSignature", refusal.Message);
        AssertNoSecretIn(app);
    }

    [Theory]
    [InlineData("<xml><Encrypt>")]
    [InlineData("<!DOCTYPE xml [<!ENTITY a \"a\">]><xml><Encrypt>&a;</Encrypt></xml>")]
    public async Task A_malformed_body_is_400(string body)
    {
        await using var app = await CallbackApp.StartAsync();
        var genuine = app.WeCom.Post(app.AddedContact("code"));

        var response = await app.SendAsync(genuine with { Body = body });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid callback: MalformedXml", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_400_before_it_is_read_in_full()
    {
        await using var app = await CallbackApp.StartAsync(options => options.Crypto.MaxBodyBytes = 1024);
        var genuine = app.WeCom.Post(app.AddedContact("code"));

        var response = await app.SendAsync(genuine with { Body = genuine.Body + new string(' ', 2048) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid callback: TooLarge", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_callback_for_another_corp_is_400()
    {
        await using var app = await CallbackApp.StartAsync();
        var otherCorp = new CallbackRequestEncryptor(new WeComCallbackCrypto(Token, EncodingAesKey, "wwothercorp", new CallbackCryptoOptions { TimeProvider = app.Clock }));

        var response = await app.SendAsync(otherCorp.Post(app.AddedContact("code")));

        Assert.Equal("invalid callback: ReceiveIdMismatch", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_failing_handler_is_logged_without_secrets_and_later_callbacks_still_run()
    {
        await using var app = await CallbackApp.StartAsync(
            options => options.MaxConcurrentHandlers = 1,
            handler: (context, _) => CodeOf(context) == "SECRET-WELCOME-CODE" ? throw new InvalidOperationException("boom") : Task.CompletedTask);

        await app.SendAsync(app.WeCom.Post(app.AddedContact("SECRET-WELCOME-CODE")));
        await app.SendAsync(app.WeCom.Post(app.AddedContact("next")));

        Assert.Equal("SECRET-WELCOME-CODE", CodeOf(await app.NextDispatchAsync()));
        Assert.Equal("next", CodeOf(await app.NextDispatchAsync()));
        await app.StopAsync();
        var failure = Assert.Single(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.IsType<InvalidOperationException>(failure.Exception);
        AssertNoSecretIn(app);
    }

    [Fact]
    public async Task When_the_queue_is_full_WeCom_is_answered_503_and_its_retry_is_taken_later()
    {
        var release = new TaskCompletionSource();
        await using var app = await CallbackApp.StartAsync(
            options =>
            {
                options.MaxConcurrentHandlers = 1;
                options.QueueCapacity = 1;
            },
            handler: (_, _) => release.Task);
        await app.SendAsync(app.WeCom.Post(app.AddedContact("busy")));
        await app.NextDispatchAsync();
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(app.WeCom.Post(app.AddedContact("queued")))).StatusCode);

        var refused = await app.SendAsync(app.WeCom.Post(app.AddedContact("overflow")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        release.SetResult();
        Assert.Equal("queued", CodeOf(await app.NextDispatchAsync()));
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(app.WeCom.Post(app.AddedContact("overflow")))).StatusCode);
        Assert.Equal("overflow", CodeOf(await app.NextDispatchAsync()));
    }

    [Fact]
    public async Task Stopping_the_app_cancels_running_handlers_and_waits_for_them()
    {
        var finished = new TaskCompletionSource<bool>();
        await using var app = await CallbackApp.StartAsync(handler: async (_, token) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            finally
            {
                finished.SetResult(token.IsCancellationRequested);
            }
        });
        await app.SendAsync(app.WeCom.Post(app.AddedContact("code")));
        var (_, token) = await app.NextDispatchAsync();

        await app.StopAsync();

        Assert.True(token.IsCancellationRequested);
        Assert.True(finished.Task.IsCompleted);
        Assert.True(await finished.Task);
    }

    private static string? CodeOf((WeComCallbackContext Context, CancellationToken Token) dispatch) => CodeOf(dispatch.Context);

    private static string? CodeOf(WeComCallbackContext context) => ((ExternalContactAddedEvent)context.Event).WelcomeCode?.Value;

    private static void AssertNoSecretIn(CallbackApp app)
    {
        foreach (var record in app.Logs.GetSnapshot())
        {
            var text = record.Message + record.Exception;
            Assert.DoesNotContain(Token, text);
            Assert.DoesNotContain(EncodingAesKey, text);
            Assert.DoesNotContain("SECRET-WELCOME-CODE", text);
        }
    }
}
