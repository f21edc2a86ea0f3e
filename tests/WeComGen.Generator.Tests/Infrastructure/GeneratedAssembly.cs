using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using WeComGen.Validation;

namespace WeComGen.Generator.Tests.Infrastructure;

/// <summary>Code generated in memory, compiled and loaded, so tests can run what an edited schema produces.</summary>
internal sealed class GeneratedAssembly
{
    private const string Namespace = "WeComGen.ExternalContact.";

    private GeneratedAssembly(Assembly assembly) => Assembly = assembly;

    public Assembly Assembly { get; }

    public static GeneratedAssembly Compile(GeneratorRun run)
    {
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        return new GeneratedAssembly(new AssemblyLoadContext("generated", isCollectible: true).LoadFromStream(image));
    }

    public Type Type(string name) => Assembly.GetType(Namespace + name, throwOnError: true)!;

    /// <summary>Reads <paramref name="json"/> as <paramref name="typeName"/> with the generated context.</summary>
    public object Deserialize(string typeName, string json)
    {
        var context = Type("ExternalContactJsonContext").GetProperty("Default")!.GetValue(null)!;
        var typeInfo = (JsonTypeInfo)context.GetType().GetProperty(typeName)!.GetValue(context)!;
        return JsonSerializer.Deserialize(json, typeInfo)!;
    }

    public string Serialize(string typeName, object value)
    {
        var context = Type("ExternalContactJsonContext").GetProperty("Default")!.GetValue(null)!;
        var typeInfo = (JsonTypeInfo)context.GetType().GetProperty(typeName)!.GetValue(context)!;
        return JsonSerializer.Serialize(value, typeInfo);
    }

    /// <summary>Reads <paramref name="json"/> as <paramref name="typeName"/> and validates it.</summary>
    public ValidationResult Validate(string typeName, string json)
    {
        var value = Deserialize(typeName, json);
        return (ValidationResult)value.GetType().GetMethod("Validate")!.Invoke(value, [ViolationSeverity.Info])!;
    }
}
