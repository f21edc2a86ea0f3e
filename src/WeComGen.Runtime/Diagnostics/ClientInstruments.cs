using System.Diagnostics.Metrics;

namespace WeComGen.Diagnostics;

/// <summary>The client's instruments. Durations are in seconds, as OpenTelemetry's conventions have them.</summary>
internal sealed class ClientInstruments(Meter meter)
{
    public Histogram<double> Duration { get; } = meter.CreateHistogram<double>(
        "wecomgen.client.operation.duration", "s", "How long a call took, from SendAsync to its outcome, retries and waits included.");

    public Counter<long> Attempts { get; } = meter.CreateCounter<long>(
        "wecomgen.client.attempts", "{attempt}", "HTTP requests of an endpoint, by what each got back.");

    public Counter<long> Retries { get; } = meter.CreateCounter<long>(
        "wecomgen.client.retries", "{retry}", "Backoffs after a transient problem, each followed by another attempt.");

    public Counter<long> DeadlineMisses { get; } = meter.CreateCounter<long>(
        "wecomgen.client.deadline_misses", "{call}", "Calls that ended because their event credential's window closed.");

    public Histogram<double> CredentialTimeLeft { get; } = meter.CreateHistogram<double>(
        "wecomgen.client.credential.time_left", "s", "How long the event credential's window had left when an attempt went out.");
}
