using System.Globalization;
using BenchmarkDotNet.Running;

namespace WeComGen.Client.Benchmarks;

internal static class Program
{
    private const string InterleavedUsage = "usage: interleaved [PAIRS] [--warmup SECONDS] [raw-against-raw | telemetry [metrics | spans]]";
    private const string UploadUsage = "usage: upload [PAIRS]";

    public static async Task<int> Main(string[] args)
    {
        if (args is ["interleaved", .. var options])
        {
            if (!TryReadInterleaved(options, out var pairs, out var warmUp, out var comparison, out var listened))
            {
                Console.Error.WriteLine(InterleavedUsage);
                return 2;
            }

            await InterleavedThroughput.RunAsync(pairs, warmUp, comparison, listened);
            return 0;
        }

        if (args is ["upload", .. var uploadOptions])
        {
            if (!TryReadUploads(uploadOptions, out var uploads))
            {
                Console.Error.WriteLine(UploadUsage);
                return 2;
            }

            await InterleavedUploads.RunAsync(uploads, warmUps: 5);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static bool TryReadInterleaved(string[] options, out int pairs, out TimeSpan warmUp, out Comparison comparison, out TelemetryListeners.Signals listened)
    {
        pairs = 20_000;
        listened = TelemetryListeners.Signals.Both;
        warmUp = TimeSpan.FromSeconds(10);
        comparison = Comparison.ClientAgainstRaw;
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "raw-against-raw":
                    comparison = Comparison.RawAgainstRaw;
                    break;
                case "telemetry":
                    comparison = Comparison.TelemetryOnAgainstOff;
                    break;
                case "metrics" when comparison == Comparison.TelemetryOnAgainstOff:
                    listened = TelemetryListeners.Signals.Metrics;
                    break;
                case "spans" when comparison == Comparison.TelemetryOnAgainstOff:
                    listened = TelemetryListeners.Signals.Spans;
                    break;
                case "--warmup" when i + 1 < options.Length && double.TryParse(options[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    warmUp = TimeSpan.FromSeconds(seconds);
                    i++;
                    break;
                case var count when int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    pairs = n;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static bool TryReadUploads(string[] options, out int pairs)
    {
        pairs = 40;
        return options switch
        {
            [] => true,
            [var count] => int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out pairs) && pairs > 0,
            _ => false,
        };
    }
}
