using System.Diagnostics;
using System.Diagnostics.Metrics;
using WeComGen.Client.Tests.Support;
using WeComGen.Emulator.Faults;
using WeComGen.ExternalContact;

namespace WeComGen.Client.Tests.Telemetry;

/// <summary>
/// The client's metrics and spans say how each call went (outcome, errcode, attempts, retries, the window left), carry no
/// secret, and never fail a send, whatever a listener does.
/// </summary>
[Collection(HttpClientListeners.Collection)]
public sealed class ClientTelemetryTests
{
    private const string Duration = "wecomgen.client.operation.duration";
    private const string Attempts = "wecomgen.client.attempts";
    private const string Retries = "wecomgen.client.retries";
    private const string DeadlineMisses = "wecomgen.client.deadline_misses";
    private const string TimeLeft = "wecomgen.client.credential.time_left";
    private const string Endpoint = "SendWelcomeMsg";

    [Fact]
    public async Task A_sent_welcome_records_its_duration_outcome_attempt_window_left_and_span()
    {
        await using var harness = await Harness.StartAsync();
        using var recorder = new TelemetryRecorder();
        var client = harness.NewClient(recorder.Telemetry);

        await harness.SendAsync(harness.ReceiveCode(), client);

        var duration = Assert.Single(recorder.Of(Duration));
        Assert.Equal(Endpoint, duration["wecomgen.endpoint"]);
        Assert.Equal("sent", duration["wecomgen.outcome"]);
        Assert.Equal(0, duration["wecomgen.errcode"]);
        Assert.Null(duration["error.type"]);
        var attempt = Assert.Single(recorder.Of(Attempts));
        Assert.Equal(200, attempt["http.response.status_code"]);
        Assert.Equal(0, attempt["wecomgen.errcode"]);

        // Received now: the whole window (validity minus the safety margin) was left when the send went out.
        var window = ExternalContactEndpoints.SendWelcomeMsg.CredentialValidity!.Value - harness.Options().CredentialSafetyMargin;
        Assert.Equal(window.TotalSeconds, Assert.Single(recorder.Of(TimeLeft)).Value);

        var span = Assert.Single(recorder.Spans);
        Assert.Equal(Endpoint, span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("sent", span.GetTagItem("wecomgen.outcome"));
        Assert.Equal(1, span.GetTagItem("wecomgen.attempts"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        var attemptEvent = Assert.Single(span.Events);
        Assert.Equal("attempt", attemptEvent.Name);
        Assert.Equal(1, attemptEvent.Tags.Single(t => t.Key == "wecomgen.attempt").Value);
    }

    [Fact]
    public async Task A_retried_call_records_each_attempt_the_retry_and_its_duration_on_the_clients_clock()
    {
        var clock = new TestClock();
        await using var harness = await Harness.StartAsync(clock);
        using var recorder = new TelemetryRecorder();
        var client = harness.NewClient(recorder.Telemetry);
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, new EmulatorFault.ErrorCode((int)WeComErrorCode.SystemBusy));

        var sending = harness.SendAsync(harness.ReceiveCode(), client);
        var backoff = await clock.NextWaitAsync();
        clock.Advance(backoff);
        var outcome = await sending;

        Assert.Equal(2, outcome.Attempts);
        Assert.Equal(backoff.TotalSeconds, Assert.Single(recorder.Of(Duration)).Value, 9);
        var retry = Assert.Single(recorder.Of(Retries));
        Assert.Equal("server_busy", retry["error.type"]);
        Assert.Equal(
            [((int)WeComErrorCode.SystemBusy, "server_busy"), (0, null)],
            recorder.Of(Attempts).Select(a => ((int)a["wecomgen.errcode"]!, (string?)a["error.type"])));
        var window = recorder.Of(TimeLeft).Select(m => m.Value).ToList();
        Assert.Equal(backoff.TotalSeconds, window[0] - window[1], 9);

        var span = Assert.Single(recorder.Spans);
        Assert.Equal([1, 2], span.Events.Select(e => (int)e.Tags.Single(t => t.Key == "wecomgen.attempt").Value!));
        Assert.Equal("server_busy", span.Events.First().Tags.Single(t => t.Key == "error.type").Value);
    }

    [Fact]
    public async Task Code_41051_is_recorded_as_already_delivered_with_its_errcode()
    {
        await using var harness = await Harness.StartAsync();
        using var recorder = new TelemetryRecorder();
        var code = harness.ReceiveCode();
        await harness.SendAsync(code);

        await harness.SendAsync(code, harness.NewClient(recorder.Telemetry));

        var duration = Assert.Single(recorder.Of(Duration));
        Assert.Equal("already_delivered", duration["wecomgen.outcome"]);
        Assert.Equal((int)WeComErrorCode.AlreadyDelivered, duration["wecomgen.errcode"]);
        Assert.Null(duration["error.type"]);
    }

    [Fact]
    public async Task A_code_past_its_window_is_a_deadline_miss_with_a_failed_span_and_no_attempt()
    {
        await using var harness = await Harness.StartAsync();
        using var recorder = new TelemetryRecorder();
        var code = harness.ReceiveCode();
        harness.Clock.Advance(TimeSpan.FromSeconds(30));

        var outcome = await harness.SendAsync(code, harness.NewClient(recorder.Telemetry));

        Assert.IsType<WeComFailure.DeadlinePassed>(outcome.Failure);
        Assert.Equal(Endpoint, Assert.Single(recorder.Of(DeadlineMisses))["wecomgen.endpoint"]);
        var duration = Assert.Single(recorder.Of(Duration));
        Assert.Equal("failed", duration["wecomgen.outcome"]);
        Assert.Equal("deadline_passed", duration["error.type"]);
        Assert.Empty(recorder.Of(Attempts));
        var span = Assert.Single(recorder.Spans);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("deadline_passed", span.StatusDescription);
        Assert.Equal(0, span.GetTagItem("wecomgen.attempts"));
    }

    [Fact]
    public async Task An_invalid_request_is_recorded_as_failed_before_sending()
    {
        await using var harness = await Harness.StartAsync();
        using var recorder = new TelemetryRecorder();

        await harness.NewClient(recorder.Telemetry).SendAsync(ExternalContactEndpoints.SendWelcomeMsg, new SendWelcomeMsgRequest { WelcomeCode = harness.ReceiveCode() });

        Assert.Equal("invalid_request", Assert.Single(recorder.Of(Duration))["error.type"]);
        Assert.Equal("invalid_request", Assert.Single(recorder.Spans).StatusDescription);
    }

    [Fact]
    public async Task Token_fetches_refreshes_and_failures_are_counted()
    {
        await using var harness = await Harness.StartAsync();
        using var recorder = new TelemetryRecorder();
        var client = harness.NewClient(recorder.Telemetry);
        await harness.SendAsync(harness.ReceiveCode(), client);

        // A revoked token is refused (40014), dropped and fetched again.
        harness.Emulator.RevokeTokens();
        await harness.SendAsync(harness.ReceiveCode(), client);
        var wrongSecret = harness.NewClient(recorder.Telemetry, options => options.Secret = "not-the-secret");
        await harness.SendAsync(harness.ReceiveCode(), wrongSecret);

        Assert.Equal(3, recorder.Of("wecomgen.token.fetches").Count);
        Assert.Equal(Endpoint, Assert.Single(recorder.Of("wecomgen.token.refreshes"))["wecomgen.endpoint"]);
        var failure = Assert.Single(recorder.Of("wecomgen.token.failures"));
        Assert.Equal("token_refused", failure["error.type"]);
        Assert.Equal((int)WeComErrorCode.InvalidSecret, failure["wecomgen.errcode"]);
    }

    [Fact]
    public async Task No_token_secret_code_user_or_message_text_is_recorded()
    {
        await using var harness = await Harness.StartAsync();
        using var recorder = new TelemetryRecorder();
        var client = harness.NewClient(recorder.Telemetry);
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, new EmulatorFault.RevokeTokens(), new EmulatorFault.HttpStatus(502));
        var code = harness.ReceiveCode();

        await harness.SendAsync(code, client);
        await harness.SendAsync(code, client);
        var past = harness.ReceiveCode();
        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        await harness.SendAsync(past, client);

        var secrets = harness.Secrets.Seen.Concat([harness.Emulator.Secret, code.Value, past.Value, "你好", harness.Emulator.CorpId]).ToList();
        Assert.Contains(harness.Secrets.Seen, token => token != harness.Emulator.Secret);
        var recorded = recorder.AllText().ToList();
        Assert.NotEmpty(recorded);
        Assert.DoesNotContain(recorded, text => secrets.Any(secret => text.Contains(secret, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_call_inside_an_activity_is_its_child_and_HttpClients_span_is_the_calls_child()
    {
        await using var harness = await Harness.StartAsync();
        using var recorder = new TelemetryRecorder();
        using var handler = new ActivitySource("WeComGen.Tests.Handler");
        var http = new ConcurrentActivities("System.Net.Http");
        using var listener = Listen(source => ReferenceEquals(source, handler) || source.Name == "System.Net.Http", http.Add);

        using (var callback = handler.StartActivity("handler"))
        {
            await harness.SendAsync(harness.ReceiveCode(), harness.NewClient(recorder.Telemetry));
            var span = Assert.Single(recorder.Spans);
            Assert.Equal(callback!.TraceId, span.TraceId);
            Assert.Equal(callback.SpanId, span.ParentSpanId);
            Assert.Contains(http.Of(span.TraceId), request => request.ParentSpanId == span.SpanId);
        }
    }

    [Fact]
    public async Task A_request_nobody_traces_goes_out_under_the_calls_parent_so_HttpClient_builds_no_span_for_it()
    {
        await using var harness = await Harness.StartAsync();
        using var recorder = new TelemetryRecorder();
        using var handler = new ActivitySource("WeComGen.Tests.Handler");
        using var listener = Listen(source => ReferenceEquals(source, handler), _ => { });
        var sending = new ActivityAtSend(new SocketsHttpHandler());
        using var http = new HttpClient(sending);

        using (var callback = handler.StartActivity("handler"))
        {
            await harness.SendAsync(harness.ReceiveCode(), harness.NewClient(recorder.Telemetry, http: http));

            Assert.Same(callback, Assert.Single(sending.Of("/cgi-bin/externalcontact/send_welcome_msg")));
            Assert.Same(callback, Activity.Current);
        }

        var span = Assert.Single(recorder.Spans);
        Assert.Equal("sent", span.GetTagItem("wecomgen.outcome"));
        Assert.Single(span.Events);
    }

    [Fact]
    public async Task A_listener_that_throws_never_fails_a_send()
    {
        await using var harness = await Harness.StartAsync();
        using var recorder = new TelemetryRecorder();
        var thrown = 0;
        void Throw() => throw new InvalidOperationException($"listener call {Interlocked.Increment(ref thrown)}");
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, recorder.Telemetry.Meter))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, _, _, _) => Throw());
        meters.SetMeasurementEventCallback<double>((_, _, _, _) => Throw());
        meters.Start();
        using var spans = new ActivityListener
        {
            ShouldListenTo = source => ReferenceEquals(source, recorder.Telemetry.ActivitySource),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = _ => Throw(),
            ActivityStopped = _ => Throw(),
        };
        ActivitySource.AddActivityListener(spans);
        var client = harness.NewClient(recorder.Telemetry);
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, new EmulatorFault.ErrorCode((int)WeComErrorCode.SystemBusy), new EmulatorFault.RevokeTokens());
        var ambient = Activity.Current;

        var sent = await harness.SendAsync(harness.ReceiveCode(), client);
        var invalid = await client.SendAsync(ExternalContactEndpoints.SendWelcomeMsg, new SendWelcomeMsgRequest { WelcomeCode = harness.ReceiveCode() });

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(sent);
        Assert.Equal(3, sent.Attempts);
        Assert.IsType<WeComFailure.InvalidRequest>(invalid.Failure);
        Assert.Same(ambient, Activity.Current);
        Assert.True(thrown >= 8, $"the listeners threw {thrown} times"); // 2 spans started and stopped, 2 durations, 3 attempts...
    }

    /// <summary>The current activity when each request went out, by path.</summary>
    private sealed class ActivityAtSend(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<(string Path, Activity? Current)> _sent = new();

        public IEnumerable<Activity?> Of(string path) => _sent.Where(sent => sent.Path == path).Select(sent => sent.Current);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _sent.Enqueue((request.RequestUri!.AbsolutePath, Activity.Current));
            return base.SendAsync(request, cancellationToken);
        }
    }

    private static ActivityListener Listen(Func<ActivitySource, bool> sources, Action<Activity> stopped)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = sources,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    /// <summary>Stopped spans of one source, by trace: other tests' requests run in parallel.</summary>
    private sealed class ConcurrentActivities(string source)
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<Activity> _stopped = new();

        public void Add(Activity activity)
        {
            if (activity.Source.Name == source)
            {
                _stopped.Enqueue(activity);
            }
        }

        public IEnumerable<Activity> Of(ActivityTraceId trace) => _stopped.Where(a => a.TraceId == trace);
    }
}
