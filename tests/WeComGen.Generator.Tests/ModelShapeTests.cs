using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using WeComGen.Generator.Model;
using WeComGen.Generator.Pipeline;
using WeComGen.Generator.Schema.Json;

namespace WeComGen.Generator.Tests;

/// <summary>
/// What flows through the pipeline is plain equatable data: nothing that roots a compilation or a document,
/// and records all the way down, so equal schemas give equal models and the pipeline caches.
/// </summary>
public class ModelShapeTests
{
    private static readonly Type[] Forbidden =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SourceText), typeof(Compilation),
        typeof(Location), typeof(Diagnostic), typeof(AdditionalText), typeof(WeComGen.Generator.Schema.Json.JsonNode), typeof(JsonMember),
        typeof(System.Text.Json.Nodes.JsonNode), typeof(System.Text.Json.JsonDocument), typeof(System.Text.Json.JsonElement),
    ];

    private static readonly Type[] Roots = [typeof(ParsedSchema), typeof(SchemaModel), typeof(SchemaFile), typeof(CompilationFeatures)];

    [Fact]
    public void No_symbol_syntax_text_compilation_or_JSON_DOM_is_reachable_from_the_pipeline_data()
    {
        foreach (var type in Reachable())
        {
            Assert.DoesNotContain(Forbidden, forbidden => forbidden.IsAssignableFrom(type));
        }
    }

    [Fact]
    public void Every_reachable_class_is_a_record()
    {
        var classes = Reachable().Where(t => t.IsClass && t != typeof(string)).ToList();
        Assert.Contains(typeof(ContractModel), classes);
        Assert.All(classes, type => Assert.True(IsRecord(type), $"{type.Name} is not a record"));
    }

    [Fact]
    public void Equal_schemas_give_equal_models()
    {
        var first = WeComGen.Generator.Schema.SchemaReader.Read("/a.json", Infrastructure.GeneratorHarness.DefaultSchema);
        var second = WeComGen.Generator.Schema.SchemaReader.Read("/a.json", Infrastructure.GeneratorHarness.DefaultSchema);
        Assert.NotSame(first.Model, second.Model);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null || type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null;

    private static HashSet<Type> Reachable()
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(Roots);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type))
            {
                continue;
            }

            var members = type.IsGenericType ? type.GetGenericArguments() : [];
            foreach (var next in members.Concat(type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Select(p => p.PropertyType))
                .Concat(type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Select(f => f.FieldType)))
            {
                var element = next.IsArray ? next.GetElementType()! : Nullable.GetUnderlyingType(next) ?? next;
                if (element.Assembly == typeof(ContractModel).Assembly || Forbidden.Any(f => f.IsAssignableFrom(element)) || element.IsGenericType)
                {
                    pending.Push(element);
                }
            }
        }

        return seen;
    }
}
