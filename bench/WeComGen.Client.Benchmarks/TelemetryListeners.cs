using System.Diagnostics;
using System.Diagnostics.Metrics;
using WeComGen.Diagnostics;

namespace WeComGen.Client.Benchmarks;

/// <summary>
/// Listens to one client's telemetry the way an exporter does: every instrument enabled, each measurement aggregated with
/// its tags read, every span sampled and read when it stops. The work an exporter does later (serializing, sending) is not
/// the client's and is not measured. <see cref="Signals"/> says which of the two are listened to, so that the cost of
/// metrics and of spans can be told apart.
/// </summary>
internal sealed class TelemetryListeners : IDisposable
{
    private readonly MeterListener? _meters;
    private readonly ActivityListener? _spans;
    private long _measurements;
    private long _tags;
    private long _spansStopped;

    public TelemetryListeners(WeComTelemetry telemetry, Signals signals)
    {
        if (signals.HasFlag(Signals.Metrics))
        {
            _meters = ListenToMeter(telemetry);
        }

        if (signals.HasFlag(Signals.Spans))
        {
            _spans = ListenToSpans(telemetry);
        }
    }

    /// <summary>What a run listens to.</summary>
    [Flags]
    public enum Signals
    {
        Metrics = 1,
        Spans = 2,
        Both = Metrics | Spans,
    }

    public override string ToString() => $"{_measurements:N0} measurements and {_spansStopped:N0} spans read, {_tags:N0} tag values";

    public void Dispose()
    {
        _meters?.Dispose();
        _spans?.Dispose();
    }

    private MeterListener ListenToMeter(WeComTelemetry telemetry)
    {
        var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, telemetry.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((_, _, tags, _) => Aggregate(tags));
        meters.SetMeasurementEventCallback<double>((_, _, tags, _) => Aggregate(tags));
        meters.Start();
        return meters;
    }

    private ActivityListener ListenToSpans(WeComTelemetry telemetry)
    {
        var spans = new ActivityListener
        {
            ShouldListenTo = source => ReferenceEquals(source, telemetry.ActivitySource),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span =>
            {
                Interlocked.Increment(ref _spansStopped);
                foreach (var tag in span.TagObjects)
                {
                    Interlocked.Add(ref _tags, tag.Value is null ? 0 : 1);
                }
            },
        };
        ActivitySource.AddActivityListener(spans);
        return spans;
    }

    private void Aggregate(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        Interlocked.Increment(ref _measurements);
        Interlocked.Add(ref _tags, tags.Length);
    }
}
