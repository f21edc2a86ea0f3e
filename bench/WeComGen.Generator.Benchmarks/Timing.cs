using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WeComGen.Generator.Benchmarks;

/// <summary>Runs a fresh driver (nothing cached) many times after a warm-up and reports the generator's own time.</summary>
internal static class Timing
{
    public static Result Measure(string name, Func<GeneratorDriver> driver, Func<CSharpCompilation> compilation, int iterations)
    {
        for (var i = 0; i < Math.Max(5, iterations / 10); i++)
        {
            Once(driver, compilation);
        }

        var samples = new List<TimeSpan>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            samples.Add(Once(driver, compilation));
        }

        samples.Sort();
        var result = new Result(name, samples[samples.Count / 2], TimeSpan.FromTicks((long)samples.Average(s => s.Ticks)), samples[0], iterations);
        Console.WriteLine(result);
        return result;
    }

    private static TimeSpan Once(Func<GeneratorDriver> create, Func<CSharpCompilation> compilation)
    {
        // A collection left over from the previous run must not land in this one's timing.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var driver = create().RunGenerators(compilation());
        var result = driver.GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || result.Results.Any(r => r.Exception is not null) || result.GeneratedTrees.Length == 0)
        {
            throw new InvalidOperationException("the generator did not produce code: " + string.Join("; ", result.Diagnostics));
        }

        return driver.GetTimingInfo().ElapsedTime;
    }

    public sealed record Result(string Name, TimeSpan Median, TimeSpan Mean, TimeSpan Min, int Iterations)
    {
        public override string ToString() =>
            $"{Name,-55} median {Median.TotalMilliseconds,8:F2} ms   mean {Mean.TotalMilliseconds,8:F2} ms   min {Min.TotalMilliseconds,8:F2} ms   ({Iterations} runs)";
    }
}
