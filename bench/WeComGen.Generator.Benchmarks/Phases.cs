using System.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using WeComGen.Generator.Emit;
using WeComGen.Generator.Schema;

namespace WeComGen.Generator.Benchmarks;

/// <summary>Where the time goes: reading the schema, writing the C#, and the compiler parsing what was written.</summary>
internal static class Phases
{
    public static void Measure(string name, string schema, int iterations)
    {
        var model = SchemaReader.Read("/bench/schema.json", schema).Model ?? throw new InvalidOperationException("the schema has errors");
        for (var i = 0; i < 3; i++)
        {
            ContractEmitter.Emit(SchemaReader.Read("/bench/schema.json", schema).Model!, emitRequired: true);
        }

        var read = new List<double>();
        var emit = new List<double>();
        var parse = new List<double>();
        var characters = 0;
        for (var i = 0; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            SchemaReader.Read("/bench/schema.json", schema);
            read.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var files = ContractEmitter.Emit(model, emitRequired: true);
            emit.Add(clock.Elapsed.TotalMilliseconds);
            characters = files.Sum(f => f.Source.Length);
            clock.Restart();
            foreach (var file in files)
            {
                CSharpSyntaxTree.ParseText(file.Source, Inputs.ParseOptions);
            }

            parse.Add(clock.Elapsed.TotalMilliseconds);
        }

        read.Sort();
        emit.Sort();
        parse.Sort();
        Console.WriteLine($"  {name,-53} read {read[read.Count / 2],8:F2} ms   emit {emit[emit.Count / 2],8:F2} ms   compiler parses the output {parse[parse.Count / 2],8:F2} ms   ({characters / 1024} KiB of C#)");
    }
}
