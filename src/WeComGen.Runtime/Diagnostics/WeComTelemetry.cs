using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WeComGen.Diagnostics;

/// <summary>
/// The client's and the token cache's metrics and traces: one <see cref="System.Diagnostics.Metrics.Meter"/> and one
/// <see cref="System.Diagnostics.ActivitySource"/>, both named <see cref="Name"/>. Subscribe with
/// <c>AddMeter("WeComGen")</c> and <c>AddSource("WeComGen")</c> (OpenTelemetry), a <see cref="MeterListener"/> or
/// an <see cref="ActivityListener"/>. Nothing is recorded while nobody listens, and no tag, event or span name ever
/// holds an access token, a secret, an event code, a user ID or message text.
/// </summary>
public sealed class WeComTelemetry : IDisposable
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "WeComGen";

    private static readonly string? Version = typeof(WeComTelemetry).Assembly.GetName().Version?.ToString();
    private static readonly Lazy<WeComTelemetry> Fallback = new(() => new WeComTelemetry(null));

    private readonly bool _ownsMeter;

    /// <summary>
    /// Creates the instruments on a meter from <paramref name="meterFactory"/> (the host's, so that its listeners and
    /// its disposal apply); without one, on a meter of this instance's own.
    /// </summary>
    public WeComTelemetry(IMeterFactory? meterFactory)
    {
        _ownsMeter = meterFactory is null;
        Meter = meterFactory?.Create(new MeterOptions(Name) { Version = Version }) ?? new Meter(Name, Version);
        ActivitySource = new ActivitySource(Name, Version);
        Client = new ClientInstruments(Meter);
        Tokens = new TokenInstruments(Meter);
    }

    /// <summary>What a client or token source built without one uses: one per process, never disposed.</summary>
    internal static WeComTelemetry Default => Fallback.Value;

    internal Meter Meter { get; }

    internal ActivitySource ActivitySource { get; }

    internal ClientInstruments Client { get; }

    internal TokenInstruments Tokens { get; }

    /// <summary>Ends the activity source, and the meter unless a factory made it (the factory disposes its own).</summary>
    public void Dispose()
    {
        ActivitySource.Dispose();
        if (_ownsMeter)
        {
            Meter.Dispose();
        }
    }
}
