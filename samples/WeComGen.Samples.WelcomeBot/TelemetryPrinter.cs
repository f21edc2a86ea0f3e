using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.IO;
using System.Linq;
using WeComGen.Diagnostics;

namespace WeComGen.Samples.WelcomeBot;

/// <summary>
/// Prints WeComGen's telemetry to the console, with no exporter package: each span as it ends (the callback's handler,
/// the welcome it sends, with an event per attempt), and, when disposed, every instrument's measurements summed by
/// tags. An app that exports telemetry uses OpenTelemetry's <c>AddMeter</c>/<c>AddSource</c> with
/// <see cref="WeComTelemetry.Name"/> instead.
/// </summary>
public sealed class TelemetryPrinter : IDisposable
{
    private readonly TextWriter _output;
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _spans;
    private readonly Dictionary<string, (long Count, double Sum, string Unit)> _totals = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public TelemetryPrinter(TextWriter output)
    {
        _output = output;
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == WeComTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.Start();
        _spans = new ActivityListener
        {
            ShouldListenTo = source => source.Name == WeComTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Print,
        };
        ActivitySource.AddActivityListener(_spans);
    }

    /// <summary>Stops listening and prints the instruments' totals (gauges, read only when a collector asks, are not among them).</summary>
    public void Dispose()
    {
        _meters.Dispose();
        _spans.Dispose();
        lock (_gate)
        {
            _output.WriteLine("telemetry: metrics (count, sum), by instrument and tags");
            foreach (var (key, total) in _totals.OrderBy(entry => entry.Key, StringComparer.Ordinal))
            {
                _output.WriteLine($"  {key}: {total.Count}, {total.Sum:0.###} {total.Unit}");
            }
        }
    }

    private void Add<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var key = tags.Length == 0 ? instrument.Name : $"{instrument.Name} {{{Tags(tags.ToArray())}}}";
        lock (_gate)
        {
            var total = _totals.GetValueOrDefault(key, (0, 0, instrument.Unit ?? ""));
            _totals[key] = (total.Count + 1, total.Sum + Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), total.Unit);
        }
    }

    private void Print(Activity span)
    {
        lock (_gate)
        {
            _output.WriteLine($"telemetry: span {span.DisplayName} ({span.Kind}, {span.Duration.TotalMilliseconds:0.0} ms, {span.Status}) trace {span.TraceId} {{{Tags(span.TagObjects)}}}");
            foreach (var e in span.Events)
            {
                _output.WriteLine($"  event {e.Name} {{{Tags(e.Tags)}}}");
            }
        }
    }

    private static string Tags(IEnumerable<KeyValuePair<string, object?>> tags) =>
        string.Join(", ", tags.Where(tag => tag.Value is not null).OrderBy(tag => tag.Key, StringComparer.Ordinal).Select(tag => $"{tag.Key}={tag.Value}"));
}
