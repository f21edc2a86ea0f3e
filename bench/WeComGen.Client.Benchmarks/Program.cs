using System.Globalization;
using BenchmarkDotNet.Running;

namespace WeComGen.Client.Benchmarks;

internal static class Program
{
    public static async Task Main(string[] args)
    {
        // interleaved [pairs] [--warmup SECONDS] [raw-against-raw]
        if (args is ["interleaved", .. var options])
        {
            var pairs = options is [var count, ..] && int.TryParse(count, CultureInfo.InvariantCulture, out var n) ? n : 20_000;
            var warmUp = options.SkipWhile(o => o != "--warmup").Skip(1).FirstOrDefault() is { } seconds
                ? TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture))
                : TimeSpan.FromSeconds(10);
            await InterleavedThroughput.RunAsync(pairs, warmUp, rawAgainstRaw: options.Contains("raw-against-raw"));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
