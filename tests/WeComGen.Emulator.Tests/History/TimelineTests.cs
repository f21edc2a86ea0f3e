using WeComGen.Emulator.Faults;
using WeComGen.Emulator.History;
using WeComGen.Emulator.Tests.Support;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.Tests.History;

/// <summary>The emulator keeps each welcome code's story: issued, pushed, answered, every send and its answer, delivered.</summary>
public sealed class TimelineTests
{
    private static string Body(string code) => """{"welcome_code":"CODE","text":{"content":"欢迎"}}""".Replace("CODE", code);

    [Fact]
    public async Task A_customer_welcomed_once_then_sent_again_reads_issued_pushed_answered_sent_delivered_then_again()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var harness = await Harness.StartAsync(o => o.CallbackUrl = url.Url);
        var customer = await harness.Emulator.AddCustomerAsync("zhangsan", "wmCustomer0001", state: "desk");
        var token = await harness.TokenAsync();
        harness.Clock.Advance(TimeSpan.FromSeconds(2));

        await harness.SendAsync(token, Body(customer.WelcomeCode));
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await harness.SendAsync(token, Body(customer.WelcomeCode));

        var timeline = Assert.Single(harness.Emulator.Timelines);
        Assert.Equal(customer.WelcomeCode, timeline.WelcomeCode);
        Assert.Equal(new WelcomeCustomer("zhangsan", "wmCustomer0001", "desk") { Name = harness.Emulator.FindCustomer("wmCustomer0001")!.Name }, timeline.Customer);
        Assert.Equal(customer.IssuedAt, timeline.IssuedAt);
        Assert.Equal(
            [WelcomeEventKind.Issued, WelcomeEventKind.CallbackPushed, WelcomeEventKind.CallbackAnswered, WelcomeEventKind.SendAnswered, WelcomeEventKind.Delivered, WelcomeEventKind.SendAnswered],
            timeline.Events.Select(e => e.Kind));
        Assert.Equal("callback answered 200 success", timeline.Events[2].Summary);
        var (sent, again) = (timeline.Events[3], timeline.Events[5]);
        Assert.Equal((0, "welcome-bot", false, false), (sent.ErrCode, sent.App, sent.Repeated, sent.Late));
        Assert.Equal(customer.IssuedAt + TimeSpan.FromSeconds(2), sent.At);
        Assert.Equal(((int)WeComErrorCode.AlreadyDelivered, true, false), (again.ErrCode, again.Repeated, again.Late));
        Assert.Same(harness.Emulator.Deliveries.Single().Json, timeline.Delivery!.Json);
    }

    [Fact]
    public async Task A_send_after_the_window_is_late_and_a_code_never_issued_has_a_story_of_its_own()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        var code = harness.Emulator.IssueWelcomeCode();
        harness.Clock.Advance(harness.Emulator.Options.WelcomeCodeValidity + TimeSpan.FromSeconds(1));

        await harness.SendAsync(token, Body(code));
        await harness.SendAsync(token, Body("never-issued"));

        var late = harness.Emulator.Timelines.Single(t => t.WelcomeCode == code).Events.Last();
        Assert.Equal(((int)WeComErrorCode.InvalidWelcomeCode, true), (late.ErrCode, late.Late));
        var stray = harness.Emulator.Timelines.Single(t => t.WelcomeCode == "never-issued");
        Assert.Null(stray.IssuedAt);
        Assert.Equal((int)WeComErrorCode.InvalidWelcomeCode, Assert.Single(stray.Events).ErrCode);
    }

    [Fact]
    public async Task A_refused_send_names_each_violation_by_its_path()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        var code = harness.Emulator.IssueWelcomeCode();

        await harness.SendAsync(token, """{"welcome_code":"CODE","attachments":[{"msgtype":"link","link":{"title":"","url":"https://example.com/"}}]}""".Replace("CODE", code));

        var refused = harness.Emulator.Timelines.Single().Events.Last();
        Assert.Equal((int)WeComErrorCode.InvalidParameter, refused.ErrCode);
        Assert.StartsWith("$.attachments[0].link.title: ", Assert.Single(refused.Violations));
        Assert.Empty(harness.Emulator.Deliveries);
    }

    [Fact]
    public async Task Injected_faults_and_a_send_while_another_is_in_flight_are_on_the_timeline()
    {
        await using var harness = await Harness.StartAsync(o => o.Apps.Add(new EmulatedApp("crm", "crm-secret")));
        var token = await harness.TokenAsync();
        var crm = (await harness.GetTokenAsync(secret: "crm-secret")).GetProperty("access_token").GetString();
        var code = harness.Emulator.IssueWelcomeCode();
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, new EmulatorFault.ErrorCode(-1));

        await harness.SendAsync(token, Body(code));
        Task<int> inFlight;
        using (harness.Emulator.HoldDeliveries())
        {
            inFlight = harness.SendAsync(token, Body(code));
            await harness.Emulator.WhenInFlight(code);
            await harness.SendAsync(crm, Body(code));
        }

        await inFlight;
        var sends = harness.Emulator.Timelines.Single().Events.Where(e => e.Kind == WelcomeEventKind.SendAnswered).ToList();
        Assert.Equal([-1, (int)WeComErrorCode.WelcomeMessageBeingDistributed, 0], sends.Select(e => e.ErrCode!.Value));
        Assert.Contains("injected", sends[0].Summary);
        Assert.Equal(("crm", true), (sends[1].App, sends[1].Repeated));
    }

    [Fact]
    public async Task The_record_is_bounded_in_codes_and_in_events_per_code()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        var first = harness.Emulator.IssueWelcomeCode();
        for (var i = 0; i < WelcomeTimeline.EventsKept + 5; i++)
        {
            await harness.SendAsync(token, Body(first));
        }

        var kept = harness.Emulator.Timelines.Single();
        Assert.Equal(WelcomeTimeline.EventsKept, kept.Events.Count);
        Assert.Equal(7, kept.EventsDropped); // the issue, 69 answered sends and the one delivery: 71 events, 64 kept
        for (var i = 0; i < WeComEmulator.TimelinesKept; i++)
        {
            harness.Emulator.IssueWelcomeCode();
        }

        Assert.Equal(WeComEmulator.TimelinesKept, harness.Emulator.Timelines.Count);
        Assert.DoesNotContain(harness.Emulator.Timelines, t => t.WelcomeCode == first);
    }
}
