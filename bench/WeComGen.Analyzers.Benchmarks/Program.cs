using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using WeComGen.Analyzers;
using WeComGen.Analyzers.Benchmarks;
using WeComGen.Generator;
using WeComGen.Metadata;

// The analyzers' execution time (Roslyn's own telemetry) against the compiler's time for the same compilation
// (binding every diagnostic, then emitting). Several rounds on fresh compilations; the median is reported.
// Wall-clock figures swell when other processes share the cores, so processor time is reported too: the
// contract analyzer's run minus the run of an empty analyzer asking for the same callbacks (which binds the same code).
const int Files = 1000;
const int ConstructionsPerFile = 10;
var rounds = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 5;

var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
ImmutableArray<MetadataReference> references =
[
    .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p)),
    MetadataReference.CreateFromFile(typeof(ContractRequiredAttribute).Assembly.Location),
];
var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

var generated = Generate();
var consumer = SyntheticConsumer.Files(Files, ConstructionsPerFile).Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, $"Welcome{i}.cs")).ToList();
Console.WriteLine($"{Files} files x {ConstructionsPerFile} request constructions, {generated.Count} generated files; {rounds} rounds after a warm-up");

var compileTimes = new List<double>();
var analyzerTimes = new List<double>();
var floorTimes = new List<double>();
var compileCpu = new List<double>();
var analyzerCpu = new List<double>();
var diagnosticsCount = 0;
for (var round = 0; round <= rounds; round++)
{
    var (compile, compileProcessor) = Processor(Compile);
    var ((analyzer, count), analyzerProcessor) = Processor(() => Analyze(new ContractAnalyzer()).GetAwaiter().GetResult());
    var ((floor, _), floorProcessor) = Processor(() => Analyze(new EmptyOperationAnalyzer()).GetAwaiter().GetResult());
    if (round > 0)
    {
        compileTimes.Add(compile);
        analyzerTimes.Add(analyzer);
        floorTimes.Add(floor);
        compileCpu.Add(compileProcessor);
        analyzerCpu.Add(analyzerProcessor - floorProcessor);
        diagnosticsCount = count;
    }
}

var compileMedian = Median(compileTimes);
var analyzerMedian = Median(analyzerTimes);
var floorMedian = Median(floorTimes);
Console.WriteLine($"compilation (GetDiagnostics + Emit), median:        {compileMedian,8:F1} ms");
Console.WriteLine($"contract analyzer (telemetry), median:             {analyzerMedian,8:F1} ms  {analyzerMedian / compileMedian,7:P2} of the compilation");
Console.WriteLine($"empty analyzer, same callbacks (telemetry), median: {floorMedian,8:F1} ms  {floorMedian / compileMedian,7:P2} of the compilation");
var compileCpuMedian = Median(compileCpu);
var analyzerCpuMedian = Median(analyzerCpu);
Console.WriteLine($"compilation, processor time, median:                {compileCpuMedian,8:F1} ms");
Console.WriteLine($"contract analyzer, processor time over the empty one: {analyzerCpuMedian,6:F1} ms  {analyzerCpuMedian / compileCpuMedian,7:P2} of the compilation");
Console.WriteLine($"contract diagnostics reported:                      {diagnosticsCount,8}");
return;

static (T Result, double ProcessorMilliseconds) Processor<T>(Func<T> work)
{
    var process = Process.GetCurrentProcess();
    var before = process.TotalProcessorTime;
    var result = work();
    process.Refresh();
    return (result, (process.TotalProcessorTime - before).TotalMilliseconds);
}

double Compile()
{
    var compilation = CSharpCompilation.Create("Consumer", [.. generated, .. consumer], references, options);
    var clock = Stopwatch.StartNew();
    var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
    using (var stream = new MemoryStream())
    {
        compilation.Emit(stream);
    }

    if (errors > 0)
    {
        throw new InvalidOperationException($"the synthetic consumer does not compile: {errors} errors");
    }

    return clock.Elapsed.TotalMilliseconds;
}

async Task<(double Milliseconds, int Diagnostics)> Analyze(DiagnosticAnalyzer analyzer)
{
    var withAnalyzers = CSharpCompilation.Create("Consumer", [.. generated, .. consumer], references, options).WithAnalyzers(
        [analyzer],
        new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    if (diagnostics.FirstOrDefault(d => d.Id == "AD0001") is { } failure)
    {
        throw new InvalidOperationException(failure.GetMessage());
    }

    var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    return (telemetry.ExecutionTime.TotalMilliseconds, diagnostics.Length);
}

List<SyntaxTree> Generate()
{
    var driver = CSharpGeneratorDriver.Create(
        [new WeComGenGenerator().AsSourceGenerator()],
        [SchemaFile.FindFrom(AppContext.BaseDirectory)],
        parse,
        new SchemaOptions());
    driver.RunGeneratorsAndUpdateCompilation(CSharpCompilation.Create("Consumer", [], references, options), out var output, out var problems);
    if (problems.Any(d => d.Severity == DiagnosticSeverity.Error))
    {
        throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
    }

    return output.SyntaxTrees.ToList();
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
