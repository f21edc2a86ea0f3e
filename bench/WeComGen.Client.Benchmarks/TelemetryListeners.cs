using System.Diagnostics;
using System.Diagnostics.Metrics;
using WeComGen.Diagnostics;

namespace WeComGen.Client.Benchmarks;

/// <summary>
/// Listens to one client's telemetry the way an exporter does: every instrument enabled, each measurement aggregated with
/// its tags read, every span sampled and read when it stops. The work an exporter does later (serializing, sending) is not
/// the client's and is not measured.
/// </summary>
internal sealed class TelemetryListeners : IDisposable
{
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _spans;
    private long _measurements;
    private long _tags;
    private long _spansStopped;

    public TelemetryListeners(WeComTelemetry telemetry)
    {
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, telemetry.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((_, _, tags, _) => Aggregate(tags));
        _meters.SetMeasurementEventCallback<double>((_, _, tags, _) => Aggregate(tags));
        _meters.Start();
        _spans = new ActivityListener
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
        ActivitySource.AddActivityListener(_spans);
    }

    public override string ToString() => $"{_measurements:N0} measurements and {_spansStopped:N0} spans read, {_tags:N0} tag values";

    public void Dispose()
    {
        _meters.Dispose();
        _spans.Dispose();
    }

    private void Aggregate(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        Interlocked.Increment(ref _measurements);
        Interlocked.Add(ref _tags, tags.Length);
    }
}
