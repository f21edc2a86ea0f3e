using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using WeComGen.Diagnostics;

namespace WeComGen.Client.Tests.Support;

/// <summary>
/// A telemetry instance of the test's own (its own meter and activity source, so parallel tests do not mix) and what
/// was recorded on it: every measurement of every instrument, and every span once it stopped.
/// </summary>
public sealed class TelemetryRecorder : IDisposable
{
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _spans;
    private readonly ConcurrentQueue<Measurement> _measurements = new();
    private readonly ConcurrentQueue<Activity> _stopped = new();

    public TelemetryRecorder()
    {
        Telemetry = new WeComTelemetry(null);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, Telemetry.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.Start();
        _spans = new ActivityListener
        {
            ShouldListenTo = source => ReferenceEquals(source, Telemetry.ActivitySource),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_spans);
    }

    public WeComTelemetry Telemetry { get; }

    public IReadOnlyList<Activity> Spans => [.. _stopped];

    /// <summary>The measurements of <paramref name="instrument"/>, in the order they were taken.</summary>
    public IReadOnlyList<Measurement> Of(string instrument) => _measurements.Where(m => m.Instrument == instrument).ToList();

    /// <summary>Every tag value, span name and event tag value recorded, as text: where a secret must never appear.</summary>
    public IEnumerable<string> AllText() =>
        _measurements.SelectMany(m => m.Tags.Select(t => $"{t.Key}={t.Value}"))
            .Concat(Spans.SelectMany(s => new[] { s.DisplayName, s.OperationName, s.StatusDescription ?? "" }
                .Concat(s.TagObjects.Select(t => $"{t.Key}={t.Value}"))
                .Concat(s.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}")))));

    public void Dispose()
    {
        _meters.Dispose();
        _spans.Dispose();
        Telemetry.Dispose();
    }

    private void Add<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct =>
        _measurements.Enqueue(new Measurement(instrument.Name, Convert.ToDouble(value), tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));

    public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
    {
        public object? this[string tag] => Tags.TryGetValue(tag, out var value) ? value : null;
    }
}
