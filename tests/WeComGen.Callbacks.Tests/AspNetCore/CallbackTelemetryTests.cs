using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace WeComGen.Callbacks.Tests.AspNetCore;

/// <summary>
/// The endpoint counts what it receives, refuses and recognises as a re-send; the dispatcher reports its queue and times
/// each handler in a span of its own. One class: its tests listen to the WeComGen activity source, which every app shares.
/// </summary>
public sealed class CallbackTelemetryTests
{
    private const string Meter = "WeComGen";

    [Fact]
    public async Task Received_refused_and_duplicate_callbacks_are_counted()
    {
        await using var app = await CallbackApp.StartAsync();
        var factory = app.Services.GetRequiredService<IMeterFactory>();
        using var received = new MetricCollector<long>(factory, Meter, "wecomgen.callback.received");
        using var refused = new MetricCollector<long>(factory, Meter, "wecomgen.callback.refused");
        using var duplicates = new MetricCollector<long>(factory, Meter, "wecomgen.callback.duplicates");
        var request = app.WeCom.Post(app.AddedContact("code-counted"));

        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(request)).StatusCode);
        var forged = request with { QueryString = request.QueryString.Replace("msg_signature=", "msg_signature=0", StringComparison.Ordinal) };
        Assert.Equal(HttpStatusCode.BadRequest, (await app.SendAsync(forged)).StatusCode);

        Assert.Equal(3, received.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal("invalid_signature", Assert.Single(refused.GetMeasurementSnapshot()).Tags["error.type"]);
        Assert.Equal("external_contact_added", Assert.Single(duplicates.GetMeasurementSnapshot()).Tags["wecomgen.callback.event"]);
    }

    [Fact]
    public async Task The_queue_reports_its_depth_against_its_capacity_and_a_full_queue_is_a_refusal()
    {
        var release = new TaskCompletionSource();
        await using var app = await CallbackApp.StartAsync(
            options =>
            {
                options.MaxConcurrentHandlers = 1;
                options.QueueCapacity = 2;
            },
            handler: (_, _) => release.Task);
        var factory = app.Services.GetRequiredService<IMeterFactory>();
        using var depth = new MetricCollector<int>(factory, Meter, "wecomgen.callback.queue.depth");
        using var capacity = new MetricCollector<int>(factory, Meter, "wecomgen.callback.queue.capacity");
        using var refused = new MetricCollector<long>(factory, Meter, "wecomgen.callback.refused");

        await app.SendAsync(app.WeCom.Post(app.AddedContact("code-running")));
        await app.NextDispatchAsync(); // the one slot is taken: the next callbacks wait in the queue
        await app.SendAsync(app.WeCom.Post(app.AddedContact("code-waiting-1")));
        await app.SendAsync(app.WeCom.Post(app.AddedContact("code-waiting-2")));
        var full = await app.SendAsync(app.WeCom.Post(app.AddedContact("code-refused")));
        depth.RecordObservableInstruments();
        capacity.RecordObservableInstruments();
        release.SetResult();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, full.StatusCode);
        Assert.Equal(2, depth.LastMeasurement!.Value);
        Assert.Equal(2, capacity.LastMeasurement!.Value);
        Assert.Equal("queue_full", Assert.Single(refused.GetMeasurementSnapshot()).Tags["error.type"]);
    }

    [Fact]
    public async Task A_handler_runs_in_its_own_span_and_its_duration_says_how_it_ended()
    {
        // Listening to ASP.NET Core's requests too, so that the request has a span of its own to parent the handler's.
        var requests = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = Listen(source => source.Name is Meter or "Microsoft.AspNetCore", requests.Enqueue);
        Activity? insideHandler = null;
        var clock = default(Microsoft.Extensions.Time.Testing.FakeTimeProvider);
        await using var app = await CallbackApp.StartAsync(options => options.MaxConcurrentHandlers = 1, handler: (context, _) =>
        {
            insideHandler = Activity.Current;
            clock!.Advance(TimeSpan.FromSeconds(3));
            return context.Event is ExternalContactAddedEvent { WelcomeCode.Value: "code-failing" } ? throw new InvalidOperationException("handler") : Task.CompletedTask;
        });
        clock = app.Clock;
        using var durations = new MetricCollector<double>(app.Services.GetRequiredService<IMeterFactory>(), Meter, "wecomgen.callback.handler.duration");

        await app.SendAsync(app.WeCom.Post(app.AddedContact("code-handled")));
        await app.NextDispatchAsync();
        await durations.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(10)); // recorded once the handler has run
        var handlerSpan = insideHandler;
        await app.SendAsync(app.WeCom.Post(app.AddedContact("code-failing")));
        await app.NextDispatchAsync();
        await durations.WaitForMeasurementsAsync(2, TimeSpan.FromSeconds(10));

        Assert.NotNull(handlerSpan);
        Assert.Equal(("HandleCallback", ActivityKind.Consumer, "WeComGen"), (handlerSpan.DisplayName, handlerSpan.Kind, handlerSpan.Source.Name));
        Assert.Equal("external_contact_added", handlerSpan.GetTagItem("wecomgen.callback.event"));
        var request = Assert.Single(requests, r => r.Source.Name == "Microsoft.AspNetCore" && r.SpanId == handlerSpan.ParentSpanId);
        Assert.Equal(request.TraceId, handlerSpan.TraceId);
        var measured = durations.GetMeasurementSnapshot();
        Assert.All(measured, m => Assert.Equal(3, m.Value));
        Assert.Equal(
            [("completed", null), ("failed", typeof(InvalidOperationException).FullName)],
            measured.Select(m => ((string?)m.Tags["wecomgen.outcome"], (string?)m.Tags.GetValueOrDefault("error.type"))).OrderBy(m => m.Item1));
        Assert.Equal(ActivityStatusCode.Error, insideHandler!.Status);
    }

    [Fact]
    public async Task A_listener_that_throws_never_fails_a_callback()
    {
        var thrown = 0;
        void Throw() => throw new InvalidOperationException($"listener call {Interlocked.Increment(ref thrown)}");
        using var spans = Listen(source => source.Name == Meter, _ => Throw(), _ => Throw());
        await using var app = await CallbackApp.StartAsync();
        var factory = app.Services.GetRequiredService<IMeterFactory>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                // The app's WeComGen meter only: ASP.NET Core's own meters come from the same factory.
                if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Meter.Name == Meter)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, _, _, _) => Throw());
        meters.SetMeasurementEventCallback<double>((_, _, _, _) => Throw());
        meters.Start();
        var request = app.WeCom.Post(app.AddedContact("code-despite-listeners"));

        var first = await app.SendAsync(request);
        var (context, _) = await app.NextDispatchAsync();
        var again = await app.SendAsync(request);
        await app.SendAsync(app.WeCom.Post(app.AddedContact("code-after")));
        await app.NextDispatchAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal("code-despite-listeners", ((ExternalContactAddedEvent)context.Event).WelcomeCode!.Value);
        Assert.True(thrown >= 5, $"the listeners threw {thrown} times"); // received x3, duplicate, span starts...
    }

    private static ActivityListener Listen(Func<ActivitySource, bool> sources, Action<Activity> stopped, Action<Activity>? started = null)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = sources,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = started,
            ActivityStopped = stopped,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
