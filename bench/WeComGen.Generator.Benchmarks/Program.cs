using WeComGen.Generator.Benchmarks;

// Release only: timings of a Debug generator say nothing.
#if DEBUG
Console.Error.WriteLine("Run in Release: dotnet run -c Release --project bench/WeComGen.Generator.Benchmarks");
return 1;
#else
// --mixed: only the 1,000-endpoint schema of mixed shapes (GET, JSON POST, multipart), beside the 1,000-endpoint
// JSON-only schema measured under the same load.
var mixed = Inputs.MixedShapesSchema(1000);
if (args.Contains("--mixed"))
{
    Timing.Measure("WeComGen, 1000 JSON POST endpoints (same load)", Drivers.WeComGen(Inputs.SyntheticSchema(1000)), Inputs.Consumer(), iterations: 10);
    MeasureMixed(mixed);
    return 0;
}

var schema = Inputs.DefaultSchema();
var ours = Timing.Measure("WeComGen, default schema", Drivers.WeComGen(schema), Inputs.Consumer(), iterations: 200);
var theirs = Timing.Measure("System.Text.Json, equivalent context", Drivers.SystemTextJson(), Inputs.HandWrittenContext(), iterations: 200);
Console.WriteLine($"ratio (median ours / theirs): {ours.Median.TotalMilliseconds / theirs.Median.TotalMilliseconds:F2}");
Console.WriteLine();

foreach (var endpoints in new[] { 10, 100, 1000 })
{
    var synthetic = Inputs.SyntheticSchema(endpoints);
    var iterations = endpoints >= 1000 ? 10 : 50;
    Timing.Measure($"WeComGen, {endpoints} endpoints ({synthetic.Length / 1024} KiB schema)", Drivers.WeComGen(synthetic), Inputs.Consumer(), iterations);
    Phases.Measure("phases, outside the driver", synthetic, iterations);
}

MeasureMixed(mixed);
return 0;

static void MeasureMixed(string schema)
{
    Timing.Measure($"WeComGen, 1000 endpoints of mixed shapes ({schema.Length / 1024} KiB schema)", Drivers.WeComGen(schema), Inputs.Consumer(), iterations: 10);
    Phases.Measure("phases, outside the driver", schema, iterations: 10);
}
#endif
