using System.Diagnostics;
using WeComGen.Diagnostics;

namespace WeComGen.Client.Benchmarks;

/// <summary>Which two senders <see cref="InterleavedThroughput"/> compares.</summary>
internal enum Comparison
{
    /// <summary>The raw HttpClient against the client: what the client costs.</summary>
    ClientAgainstRaw,

    /// <summary>The raw sender against itself: what the harness reads for no difference.</summary>
    RawAgainstRaw,

    /// <summary>The client with no one listening to its telemetry against the client with its metrics and spans read.</summary>
    TelemetryOnAgainstOff,
}

/// <summary>
/// The throughput comparison of <see cref="ThroughputBenchmarks"/>, measured so that load from other tenants of a
/// shared machine falls on both senders alike: raw and client sends alternate one by one (each going first half the
/// time), against one emulator, and every send is timed. BenchmarkDotNet runs all of one sender's iterations before
/// the other's, so a change in load between them shows up as a difference between the senders.
/// The warm-up alternates the senders as well, for a given time: .NET's tiered compiler settles the hot code about
/// ten seconds after start, and the client's ledger of sent codes grows to its steady size over the codes'
/// retention (twice their validity, 40 s for send_welcome_msg).
/// With <see cref="Comparison.TelemetryOnAgainstOff"/>, two clients alternate instead, each over its own telemetry: one
/// that no one listens to, one whose every instrument and span is listened to (<see cref="TelemetryListeners"/>).
/// </summary>
internal static class InterleavedThroughput
{
    /// <param name="pairs">How many sends of each.</param>
    /// <param name="warmUp">How long both senders run before the measure starts.</param>
    /// <param name="comparison">The two senders.</param>
    /// <param name="listened">With <see cref="Comparison.TelemetryOnAgainstOff"/>: what the "on" client's listeners read.</param>
    public static async Task RunAsync(int pairs, TimeSpan warmUp, Comparison comparison, TelemetryListeners.Signals listened)
    {
        var senders = new ThroughputBenchmarks();
        await senders.StartAsync();
        using var observed = new WeComTelemetry(null);
        using var listeners = comparison == Comparison.TelemetryOnAgainstOff ? new TelemetryListeners(observed, listened) : null;
        var (raw, other, rawName, otherName) = comparison switch
        {
            Comparison.RawAgainstRaw => ((Func<Task>)senders.Raw, (Func<Task>)senders.Raw, "raw", "raw again"),
            Comparison.TelemetryOnAgainstOff => (senders.Client, senders.Senders(observed).Client, "telemetry off", $"telemetry on ({listened.ToString().ToLowerInvariant()})"),
            _ => (senders.Raw, senders.Client, "raw", "client"),
        };
        try
        {
            var warming = Stopwatch.StartNew();
            while (warming.Elapsed < warmUp)
            {
                await raw();
                await other();
            }

            var pausedBefore = GC.GetTotalPauseDuration();
            var collectionsBefore = Collections();
            var rawTimes = new double[pairs];
            var otherTimes = new double[pairs];
            for (var i = 0; i < pairs; i++)
            {
                var rawFirst = i % 2 == 0;
                var start = Stopwatch.GetTimestamp();
                await (rawFirst ? raw() : other());
                var middle = Stopwatch.GetTimestamp();
                await (rawFirst ? other() : raw());
                var end = Stopwatch.GetTimestamp();
                (rawFirst ? rawTimes : otherTimes)[i] = Microseconds(middle - start);
                (rawFirst ? otherTimes : rawTimes)[i] = Microseconds(end - middle);
            }

            Console.WriteLine($"{pairs:N0} sends each, alternating, after {warmUp.TotalSeconds:0.#} s of warm-up; microseconds per welcome, and {rawName} / {otherName} (the {otherName}'s share of the {rawName} throughput):");
            Report("mean", rawTimes.Average(), otherTimes.Average());
            Report("mean without the slowest 1%", TrimmedMean(rawTimes), TrimmedMean(otherTimes));
            Report("median", Percentile(rawTimes, 0.5), Percentile(otherTimes, 0.5));
            Report("90th percentile", Percentile(rawTimes, 0.9), Percentile(otherTimes, 0.9));
            // Pauses land in whichever sends they interrupt: part of the means, mostly outside the trimmed means.
            var collections = Collections();
            if (listeners is not null)
            {
                Console.WriteLine($"  listeners: {listeners}");
            }

            Console.WriteLine(
                $"  garbage collection: {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F0} ms paused in all, " +
                $"{collections.Gen0 - collectionsBefore.Gen0}/{collections.Gen1 - collectionsBefore.Gen1}/{collections.Gen2 - collectionsBefore.Gen2} collections of generation 0/1/2");
        }
        finally
        {
            await senders.StopAsync();
        }
    }

    private static (int Gen0, int Gen1, int Gen2) Collections() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    private static void Report(string statistic, double raw, double other) =>
        Console.WriteLine($"  {statistic,-28} raw {raw,7:F1}  other {other,7:F1}  ratio {raw / other:F3}");

    private static double Microseconds(long ticks) => ticks * 1e6 / Stopwatch.Frequency;

    private static double Percentile(double[] values, double fraction)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)(fraction * (sorted.Length - 1))];
    }

    // Preemptions by other tenants of the machine land on single sends, tens of times the usual figure.
    private static double TrimmedMean(double[] values) => values.Order().Take(values.Length * 99 / 100).Average();
}
