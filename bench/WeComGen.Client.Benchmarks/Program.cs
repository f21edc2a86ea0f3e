using System.Globalization;
using BenchmarkDotNet.Running;

namespace WeComGen.Client.Benchmarks;

internal static class Program
{
    public static async Task Main(string[] args)
    {
        if (args is ["interleaved", ..])
        {
            await InterleavedThroughput.RunAsync(
                args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000,
                rawAgainstRaw: args is [_, _, "raw-against-raw"]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
