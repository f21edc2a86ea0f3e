using System.Diagnostics;
using Xunit.Abstractions;

namespace WeComGen.Client.Tests.Simulation;

/// <summary>
/// The client's promises under every interleaving the schedules draw: no send starts at or after a code's deadline;
/// every call returns by its deadline plus <see cref="Simulation.OutcomeBound"/>; a code is not sent again after a
/// definite answer; Sent means this client delivered it; one gettoken at a time; every call ends in a typed outcome;
/// uploads and GETs beside them: the whole file in every upload body, a forward-only stream read once, no GET body.
/// Each run explores fresh seeds for <c>WECOMGEN_SIMULATION_SECONDS</c> (20 by default); a failure names its seed,
/// and <c>WECOMGEN_SIMULATION_SEED=N</c> replays that one seed with its trace.
/// </summary>
public sealed class SimulationTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_schedule_keeps_the_contract()
    {
        if (Environment.GetEnvironmentVariable("WECOMGEN_SIMULATION_SEED") is { } replay)
        {
            var one = Simulation.Run(int.Parse(replay, System.Globalization.CultureInfo.InvariantCulture));
            output.WriteLine(string.Join(Environment.NewLine, one.Trace));
            Assert.True(one.Violations.Count == 0, Report(one));
            return;
        }

        var budget = TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable("WECOMGEN_SIMULATION_SECONDS") ?? "20", System.Globalization.CultureInfo.InvariantCulture));
        var firstSeed = Random.Shared.Next(1, int.MaxValue / 2);
        var clock = Stopwatch.StartNew();
        var explored = 0;
        while (clock.Elapsed < budget)
        {
            var run = Simulation.Run(firstSeed + explored);
            explored++;
            Assert.True(run.Violations.Count == 0, Report(run));
        }

        output.WriteLine($"simulation: {explored} schedules (seeds {firstSeed} to {firstSeed + explored - 1}) in {clock.Elapsed.TotalSeconds:F1} s, 0 violations");
        Assert.True(explored >= 100, $"only {explored} schedules in {budget.TotalSeconds} s");
    }

    [Fact]
    public void A_seed_replays_exactly()
    {
        var seed = Random.Shared.Next(1, int.MaxValue / 2);

        var first = Simulation.Run(seed).Trace.ToList();
        var second = Simulation.Run(seed).Trace.ToList();

        Assert.Equal(first, second);
    }

    private static string Report(Simulation run) =>
        $"seed {run.Seed} broke the contract (replay: WECOMGEN_SIMULATION_SEED={run.Seed} dotnet test tests/WeComGen.Client.Tests --filter Simulation):\n"
        + string.Join("\n", run.Violations) + "\n--- trace ---\n" + string.Join("\n", run.Trace);
}
