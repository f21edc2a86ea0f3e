using System.Net;
using Microsoft.Extensions.Logging;
using WeComGen.AspNetCore;
using static WeComGen.Callbacks.Tests.OfficialVectors;

namespace WeComGen.Callbacks.Tests.AspNetCore;

/// <summary>A captured callback cannot be replayed later, and WeCom's re-send of a callback gets no fresh window.</summary>
public class ReplayTests
{
    [Fact]
    public async Task A_valid_callback_replayed_an_hour_later_is_refused_as_stale_and_reaches_no_handler()
    {
        await using var app = await CallbackApp.StartAsync(options => options.MaxConcurrentHandlers = 1);
        var captured = app.WeCom.Post(app.AddedContact("code-A"));
        await app.SendAsync(captured);
        Assert.Equal("code-A", CodeOf(await app.NextDispatchAsync()));

        app.Clock.Advance(TimeSpan.FromHours(1));
        var replay = await app.SendAsync(captured);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal("invalid callback: StaleTimestamp", await replay.Content.ReadAsStringAsync());
        await app.SendAsync(app.WeCom.Post(app.AddedContact("sentinel")));
        Assert.Equal("sentinel", CodeOf(await app.NextDispatchAsync()));
        var warning = Assert.Single(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("StaleTimestamp", warning.Message);
        AssertNeitherSecretNorSignatureLogged(app, captured);
    }

    [Fact]
    public async Task A_replay_inside_the_replay_window_but_after_the_deduplication_window_is_still_not_dispatched_again()
    {
        await using var app = await CallbackApp.StartAsync(options => options.MaxConcurrentHandlers = 1);
        var captured = app.WeCom.Post(app.AddedContact("code-A"));
        await app.SendAsync(captured);
        Assert.Equal("code-A", CodeOf(await app.NextDispatchAsync()));

        app.Clock.Advance(TimeSpan.FromMinutes(4)); // past the 2 min de-duplication window, inside the 5 min replay window
        var replay = await app.SendAsync(captured);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        await app.SendAsync(app.WeCom.Post(app.AddedContact("sentinel")));
        Assert.Equal("sentinel", CodeOf(await app.NextDispatchAsync()));
    }

    [Fact]
    public async Task A_signed_timestamp_that_is_not_a_number_is_400_with_its_reason_and_one_warning()
    {
        await using var app = await CallbackApp.StartAsync();
        var encrypted = app.WeCom.Post(app.AddedContact("SECRET-WELCOME-CODE"));
        var encrypt = System.Text.RegularExpressions.Regex.Match(encrypted.Body!, "<Encrypt><!\\[CDATA\\[(.*?)\\]\\]></Encrypt>").Groups[1].Value;
        var signature = Envelope.Sign(Token, "notanumber", "nonce", encrypt);
        var forged = encrypted with { QueryString = $"?msg_signature={signature}&timestamp=notanumber&nonce=nonce" };

        var response = await app.SendAsync(forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid callback: InvalidTimestamp", await response.Content.ReadAsStringAsync());
        var warning = Assert.Single(app.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("InvalidTimestamp", warning.Message);
        AssertNeitherSecretNorSignatureLogged(app, forged);
    }

    [Fact]
    public async Task A_callback_re_sent_15_seconds_after_its_event_was_created_keeps_the_first_pushs_window()
    {
        // The first push and two re-sends were lost; WeCom's third re-send arrives 15 s after it created the event.
        await using var app = await CallbackApp.StartAsync();
        var resent = app.WeCom.Post(CallbackEventXml.ExternalContactAdded(ReceiveId, "u", "wo", CallbackApp.Start, "code-R"));
        app.Clock.Advance(TimeSpan.FromSeconds(15));

        await app.SendAsync(resent);

        var (context, _) = await app.NextDispatchAsync();
        var added = Assert.IsType<ExternalContactAddedEvent>(context.Event);
        Assert.Equal(CallbackApp.Start.AddSeconds(3), added.WelcomeCode!.ReceivedAt);
        Assert.Equal(CallbackApp.Start.AddSeconds(23), context.Deadline);
        Assert.Equal(CallbackApp.Start.AddSeconds(15), added.ReceivedAt);
    }

    [Fact]
    public async Task The_create_time_allowance_is_configurable()
    {
        await using var app = await CallbackApp.StartAsync(options => options.CreateTimeAllowance = TimeSpan.FromSeconds(10));
        var resent = app.WeCom.Post(CallbackEventXml.ExternalContactAdded(ReceiveId, "u", "wo", CallbackApp.Start, "code-R"));
        app.Clock.Advance(TimeSpan.FromSeconds(15));

        await app.SendAsync(resent);

        Assert.Equal(CallbackApp.Start.AddSeconds(30), (await app.NextDispatchAsync()).Context.Deadline);
    }

    private static string? CodeOf((WeComCallbackContext Context, CancellationToken Token) dispatch) =>
        ((ExternalContactAddedEvent)dispatch.Context.Event).WelcomeCode?.Value;

    private static void AssertNeitherSecretNorSignatureLogged(CallbackApp app, EncryptedCallbackRequest request)
    {
        var signature = System.Web.HttpUtility.ParseQueryString(request.QueryString)["msg_signature"]!;
        // The endpoint's own lines; the host's request log prints URLs as they came, which is the host's to configure.
        foreach (var record in app.Logs.GetSnapshot().Where(r => r.Category?.StartsWith("WeComGen", StringComparison.Ordinal) == true))
        {
            var text = record.Message + record.Exception;
            Assert.DoesNotContain(Token, text);
            Assert.DoesNotContain(EncodingAesKey, text);
            Assert.DoesNotContain(signature, text);
            Assert.DoesNotContain("SECRET-WELCOME-CODE", text);
        }
    }
}
