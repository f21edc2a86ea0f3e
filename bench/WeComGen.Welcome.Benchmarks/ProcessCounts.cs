using System;
using System.Diagnostics;
using System.Globalization;

namespace WeComGen.Welcome.Benchmarks;

/// <summary>What one process spent: processor time, allocations and garbage collections.</summary>
internal readonly record struct ProcessCounts(TimeSpan Cpu, long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    /// <summary>This process's counts so far.</summary>
    public static ProcessCounts Now()
    {
        using var self = Process.GetCurrentProcess();
        return new(self.TotalProcessorTime, GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
    }

    public static ProcessCounts operator -(ProcessCounts after, ProcessCounts before) => new(
        after.Cpu - before.Cpu, after.Allocated - before.Allocated, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused);

    /// <summary>The counts per welcome, and the collections.</summary>
    public string Describe(int welcomes) =>
        $"{Cpu.TotalMilliseconds / welcomes:0.00} ms of processor time and {Allocated / 1024.0 / welcomes:0} KB allocated a welcome; " +
        $"GC gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2}, pauses {Paused.TotalMilliseconds:0} ms";

    /// <summary>The counts as one line of numbers, for another process to read with <see cref="TryParse"/>.</summary>
    public string ToLine() => string.Join(' ',
        Cpu.Ticks.ToString(CultureInfo.InvariantCulture), Allocated.ToString(CultureInfo.InvariantCulture),
        Gen0.ToString(CultureInfo.InvariantCulture), Gen1.ToString(CultureInfo.InvariantCulture), Gen2.ToString(CultureInfo.InvariantCulture),
        Paused.Ticks.ToString(CultureInfo.InvariantCulture));

    public static bool TryParse(string line, out ProcessCounts counts)
    {
        counts = default;
        var parts = line.Split(' ');
        if (parts.Length != 6 || !long.TryParse(parts[0], CultureInfo.InvariantCulture, out var cpu) || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var allocated)
            || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var gen0) || !int.TryParse(parts[3], CultureInfo.InvariantCulture, out var gen1)
            || !int.TryParse(parts[4], CultureInfo.InvariantCulture, out var gen2) || !long.TryParse(parts[5], CultureInfo.InvariantCulture, out var paused))
        {
            return false;
        }

        counts = new(TimeSpan.FromTicks(cpu), allocated, gen0, gen1, gen2, TimeSpan.FromTicks(paused));
        return true;
    }
}
