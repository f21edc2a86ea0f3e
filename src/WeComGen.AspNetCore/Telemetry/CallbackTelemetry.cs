using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Text;
using WeComGen.Callbacks;
using WeComGen.Diagnostics;

namespace WeComGen.AspNetCore;

/// <summary>
/// The callback endpoint's and dispatcher's metrics and the handler's span, on the <c>WeComGen</c> meter (from the
/// host's <see cref="IMeterFactory"/>) and activity source the client uses. Tags name reasons, event kinds and
/// exception types, never a field of a callback. Every method swallows what a listener throws: a listener's callback
/// runs inside <c>Add</c>, <c>Record</c>, <c>Start</c> and <c>Stop</c>, and telemetry must never fail a callback.
/// </summary>
internal sealed class CallbackTelemetry : IDisposable
{
    private const string EventTag = "wecomgen.callback.event";
    private const string OutcomeTag = "wecomgen.outcome";
    private const string ErrorTypeTag = "error.type";
    private const string HandlerSpan = "HandleCallback";
    private const string AppTag = "wecomgen.app";

    private static readonly string? Version = typeof(CallbackTelemetry).Assembly.GetName().Version?.ToString();
    private static readonly Dictionary<CallbackErrorReason, string> Reasons =
        Enum.GetValues<CallbackErrorReason>().ToDictionary(reason => reason, reason => SnakeCase(reason.ToString()));

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly ActivitySource _source = new(WeComTelemetry.Name, Version);
    private readonly Counter<long> _received;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _duplicates;
    private readonly Histogram<double> _handlerDuration;

    /// <param name="meterFactory">The host's meter factory, or <see langword="null"/> for a meter of this instance's own.</param>
    /// <param name="queue">The queue whose depth and capacity the gauges report.</param>
    /// <param name="app">The app's name when several are mapped (<c>AddWeComCallbacks(name, ...)</c>): a tag of the meter, so each app's queue is told apart.</param>
    public CallbackTelemetry(IMeterFactory? meterFactory, CallbackQueue queue, string? app = null)
    {
        _ownsMeter = meterFactory is null;
        var meterOptions = new MeterOptions(WeComTelemetry.Name) { Version = Version, Tags = app is null ? null : [new(AppTag, app)] };
        _meter = meterFactory?.Create(meterOptions) ?? new Meter(meterOptions);
        _received = _meter.CreateCounter<long>("wecomgen.callback.received", "{callback}", "Callback requests (POST) that reached the endpoint.");
        _refused = _meter.CreateCounter<long>("wecomgen.callback.refused", "{callback}", "Callback requests answered with an error, by why.");
        _duplicates = _meter.CreateCounter<long>("wecomgen.callback.duplicates", "{callback}", "Callbacks answered but not dispatched: WeCom's re-sends of one already taken.");
        _handlerDuration = _meter.CreateHistogram<double>("wecomgen.callback.handler.duration", "s", "How long a callback's handler ran, by how it ended.");
        _meter.CreateObservableGauge("wecomgen.callback.queue.depth", () => queue.Count, "{callback}", "Callbacks waiting for a handler.");
        _meter.CreateObservableGauge("wecomgen.callback.queue.capacity", () => queue.Capacity, "{callback}", "The most callbacks that can wait; beyond it the endpoint answers 503.");
    }

    /// <summary>The <c>error.type</c> of a callback refused as not ready: no one says how long a welcome code is valid.</summary>
    public const string NotReady = "validity_unknown";

    /// <summary>The <c>error.type</c> of a callback refused because the queue is full.</summary>
    public const string QueueFull = "queue_full";

    public void Received() => Guard(() => _received.Add(1));

    public void Refused(CallbackErrorReason reason) => Refused(Reasons[reason]);

    public void Refused(string errorType) => Guard(() => _refused.Add(1, new KeyValuePair<string, object?>(ErrorTypeTag, errorType)));

    public void Duplicate(WeComCallbackEvent callbackEvent) => Guard(() => _duplicates.Add(1, new KeyValuePair<string, object?>(EventTag, KindOf(callbackEvent))));

    /// <summary>
    /// Starts the handler's span, a child of the request that brought the callback, and the ambient activity of the
    /// handler (a client's span is its child); <see langword="null"/> when no one listens.
    /// </summary>
    public Activity? StartHandler(CallbackWorkItem item)
    {
        if (!_source.HasListeners())
        {
            return null;
        }

        var ambient = Activity.Current;
        try
        {
            var span = _source.StartActivity(HandlerSpan, ActivityKind.Consumer, item.Parent);
            span?.SetTag(EventTag, KindOf(item.Event));
            return span;
        }
        catch (Exception)
        {
            Activity.Current = ambient;
            return null;
        }
    }

    /// <summary>Records how a handler ended (<paramref name="errorType"/> is <see langword="null"/> when it completed) and stops its span.</summary>
    public void HandlerEnded(CallbackWorkItem item, Activity? span, TimeSpan elapsed, string outcome, string? errorType)
    {
        if (span is not null)
        {
            span.SetTag(OutcomeTag, outcome);
            span.SetTag(ErrorTypeTag, errorType);
            if (errorType is not null)
            {
                span.SetStatus(ActivityStatusCode.Error, errorType);
            }

            span.StopSafely();
        }

        if (_handlerDuration.Enabled)
        {
            var tags = new TagList { { EventTag, KindOf(item.Event) }, { OutcomeTag, outcome } };
            if (errorType is not null)
            {
                tags.Add(ErrorTypeTag, errorType);
            }

            Guard(() => _handlerDuration.Record(elapsed.TotalSeconds, tags));
        }
    }

    public void Dispose()
    {
        _source.Dispose();
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    private static string KindOf(WeComCallbackEvent callbackEvent) =>
        callbackEvent is ExternalContactAddedEvent ? "external_contact_added" : "other";


    private static void Guard(Action record)
    {
        try
        {
            record();
        }
        catch (Exception)
        {
            // A listener's problem, not the callback's.
        }
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
