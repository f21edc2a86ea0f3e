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
// The compiler is hosted as the SDK hosts it (server GC, see the project file) and runs on one thread
// (concurrentBuild: false): telemetry times each callback with a wall clock, and on a shared machine a
// callback whose thread waits for a core, or for a collection another thread started, is charged for the wait.
// On one thread a callback's wall-clock time is close to its processor time, and so is the compilation's.
const int Files = 1000;
const int ConstructionsPerFile = 10;
var rounds = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 7;
// Builds run in a long-lived compiler server, where the analyzer's code has long been fully optimized: the
// first rounds, while the runtime is still recompiling hot methods (tiered compilation), are not measured.
const int WarmUpRounds = 2;

var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
ImmutableArray<MetadataReference> references =
[
    .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p)),
    MetadataReference.CreateFromFile(typeof(ContractRequiredAttribute).Assembly.Location),
];
var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);

var generated = Generate();
var consumer = SyntheticConsumer.Files(Files, ConstructionsPerFile).Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, $"Welcome{i}.cs")).ToList();
Console.WriteLine($"{Files} files x {ConstructionsPerFile} request constructions, {generated.Count} generated files; {rounds} rounds after {WarmUpRounds} to warm up");

var compileTimes = new List<double>();
var analyzerTimes = new List<double>();
var floorTimes = new List<double>();
var diagnosticsCount = 0;
for (var round = 1 - WarmUpRounds; round <= rounds; round++)
{
    var compile = Compile();
    var (analyzer, count) = await Analyze(new ContractAnalyzer());
    var (floor, _) = await Analyze(new EmptyOperationAnalyzer());
    if (round > 0)
    {
        compileTimes.Add(compile);
        analyzerTimes.Add(analyzer);
        floorTimes.Add(floor);
        diagnosticsCount = count;
        Console.WriteLine($"  round {round}: compilation {compile,8:F1} ms, contract analyzer {analyzer,6:F1} ms, empty analyzer {floor,5:F1} ms");
    }
}

var compileMedian = Median(compileTimes);
var analyzerMedian = Median(analyzerTimes);
var floorMedian = Median(floorTimes);
Console.WriteLine($"compilation (GetDiagnostics + Emit), median:        {compileMedian,8:F1} ms");
Console.WriteLine($"contract analyzer (telemetry), median:             {analyzerMedian,8:F1} ms  {analyzerMedian / compileMedian,7:P2} of the compilation");
Console.WriteLine($"empty analyzer, same callbacks (telemetry), median: {floorMedian,8:F1} ms  {floorMedian / compileMedian,7:P2} of the compilation");
Console.WriteLine($"contract diagnostics reported:                      {diagnosticsCount,8}");
return;

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
    // In a build, the compiler has taken the parse diagnostics, and the source generators (this package's among
    // them) have bound the references, before the analyzers are attached: the same here, so that the first
    // analyzer to look a type up is not charged for loading every reference.
    var compilation = CSharpCompilation.Create("Consumer", [.. generated, .. consumer], references, options);
    compilation.GetParseDiagnostics();
    _ = compilation.SourceModule.ReferencedAssemblySymbols;
    var withAnalyzers = compilation.WithAnalyzers(
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
