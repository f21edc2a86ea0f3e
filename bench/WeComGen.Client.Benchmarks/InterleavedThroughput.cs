using System.Diagnostics;

namespace WeComGen.Client.Benchmarks;

/// <summary>
/// The throughput comparison of <see cref="ThroughputBenchmarks"/>, measured so that load from other tenants of a
/// shared machine falls on both senders alike: raw and client sends alternate one by one (each going first half the
/// time), against one emulator, and every send is timed. BenchmarkDotNet runs all of one sender's iterations before
/// the other's, so a change in load between them shows up as a difference between the senders.
/// </summary>
internal static class InterleavedThroughput
{
    public static async Task RunAsync(int pairs)
    {
        var senders = new ThroughputBenchmarks();
        await senders.StartAsync();
        try
        {
            for (var i = 0; i < Math.Min(pairs, 5_000); i++)
            {
                await senders.Raw();
                await senders.Client();
            }

            var raw = new double[pairs];
            var client = new double[pairs];
            for (var i = 0; i < pairs; i++)
            {
                var rawFirst = i % 2 == 0;
                var start = Stopwatch.GetTimestamp();
                await (rawFirst ? (Task)senders.Raw() : senders.Client());
                var middle = Stopwatch.GetTimestamp();
                await (rawFirst ? (Task)senders.Client() : senders.Raw());
                var end = Stopwatch.GetTimestamp();
                (rawFirst ? raw : client)[i] = Microseconds(middle - start);
                (rawFirst ? client : raw)[i] = Microseconds(end - middle);
            }

            Console.WriteLine($"{pairs:N0} sends each, alternating; microseconds per welcome, and raw / client (the client's share of raw throughput):");
            Report("mean", raw.Average(), client.Average());
            Report("mean without the slowest 1%", TrimmedMean(raw), TrimmedMean(client));
            Report("median", Percentile(raw, 0.5), Percentile(client, 0.5));
            Report("90th percentile", Percentile(raw, 0.9), Percentile(client, 0.9));
        }
        finally
        {
            await senders.StopAsync();
        }
    }

    private static void Report(string statistic, double raw, double client) =>
        Console.WriteLine($"  {statistic,-28} raw {raw,7:F1}  client {client,7:F1}  ratio {raw / client:F3}");

    private static double Microseconds(long ticks) => ticks * 1e6 / Stopwatch.Frequency;

    private static double Percentile(double[] values, double fraction)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)(fraction * (sorted.Length - 1))];
    }

    // Preemptions by other tenants of the machine land on single sends, tens of times the usual figure.
    private static double TrimmedMean(double[] values) => values.Order().Take(values.Length * 99 / 100).Average();
}
