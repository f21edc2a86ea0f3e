using System.Reflection;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WeComGen.Generator.Benchmarks;

/// <summary>The compilations and schemas the generators run on.</summary>
internal static class Inputs
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static string DefaultSchema() => Resource("send_welcome_msg.schema.json");

    /// <summary>A consumer of the WeComGen generator: the schema comes as an additional file.</summary>
    public static Func<CSharpCompilation> Consumer() =>
        Compilation("namespace Consumer { public static class Program { } }", withRuntime: true);

    /// <summary>The same contract written by hand with a [JsonSerializable] context.</summary>
    public static Func<CSharpCompilation> HandWrittenContext() =>
        Compilation(Resource("WelcomeContract.cs"), withRuntime: false);

    /// <summary>A schema of <paramref name="endpoints"/> endpoints, each with its own request type, sharing a response and an error table.</summary>
    public static string SyntheticSchema(int endpoints)
    {
        var json = new StringBuilder();
        json.Append("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n");
        json.Append("  \"x-wecom-namespace\": \"Bench.Synthetic\",\n  \"x-wecom-contract\": \"Synthetic\",\n");
        json.Append("  \"x-wecom-endpoints\": {\n");
        for (var i = 0; i < endpoints; i++)
        {
            json.Append($"    \"Call{i}\": {{ \"method\": \"POST\", \"path\": \"/cgi-bin/synthetic/call{i}\", \"auth\": {{ \"in\": \"query\", \"name\": \"access_token\" }}, \"request\": {{ \"$ref\": \"#/$defs/Call{i}Request\" }}, \"response\": {{ \"$ref\": \"#/$defs/Response\" }} }}");
            json.Append(i + 1 < endpoints ? ",\n" : "\n");
        }

        json.Append("  },\n  \"$defs\": {\n");
        for (var i = 0; i < endpoints; i++)
        {
            json.Append($"    \"Call{i}Request\": {{ \"type\": \"object\", \"description\": \"Request {i}.\", \"required\": [\"code\"], \"properties\": {{ ");
            json.Append("\"code\": { \"type\": \"string\", \"minLength\": 1, \"x-wecom-credential\": { \"validitySeconds\": 20, \"singleUse\": true } }, ");
            json.Append("\"title\": { \"type\": \"string\", \"x-wecom-max-utf8-bytes\": 128, \"x-wecom-hint\": { \"pattern\": \"^\\\\S\", \"message\": \"starts with a space\" } }, ");
            json.Append("\"count\": { \"type\": \"integer\" }, ");
            json.Append("\"tags\": { \"type\": \"array\", \"maxItems\": 9, \"items\": { \"type\": \"string\" } }, ");
            json.Append("\"kind\": { \"$ref\": \"#/$defs/Kind\" } }, \"anyOf\": [ { \"required\": [\"title\"] }, { \"required\": [\"tags\"] } ] },\n");
        }

        json.Append("    \"Kind\": { \"type\": \"string\", \"enum\": [\"a\", \"b\", \"c\"] },\n");
        json.Append("    \"Response\": { \"type\": \"object\", \"required\": [\"errcode\"], \"properties\": { \"errcode\": { \"$ref\": \"#/$defs/ErrorCode\" }, \"errmsg\": { \"type\": \"string\" } } },\n");
        json.Append("    \"ErrorCode\": { \"type\": \"integer\", \"x-wecom-errors\": [ { \"code\": 0, \"name\": \"Ok\", \"meaning\": \"ok\", \"action\": \"ok\" }, { \"code\": -1, \"name\": \"Busy\", \"meaning\": \"busy\", \"action\": \"retry\", \"retryLimit\": 3 } ] }\n");
        json.Append("  }\n}\n");
        return json.ToString();
    }

    /// <summary>
    /// A schema of <paramref name="endpoints"/> endpoints of mixed shapes, a third each: a paged GET (every member in the
    /// query), a JSON POST with one query member, and a multipart upload whose file rule a query enum chooses; responses
    /// with arrays of nested objects, an open integer enum and a number carried as a string.
    /// </summary>
    public static string MixedShapesSchema(int endpoints)
    {
        var json = new StringBuilder();
        json.Append("{\n  \"$schema\": \"https://wecomgen.dev/schema/2020-12/wecom\",\n");
        json.Append("  \"x-wecom-namespace\": \"Bench.Mixed\",\n  \"x-wecom-contract\": \"Mixed\",\n");
        json.Append("  \"x-wecom-endpoints\": {\n");
        for (var i = 0; i < endpoints; i++)
        {
            var (method, extra) = (i % 3) switch
            {
                0 => ("GET", ", \"pagination\": { \"cursor\": \"cursor\", \"nextCursor\": \"next_cursor\" }"),
                _ => ("POST", string.Empty),
            };
            json.Append($"    \"Call{i}\": {{ \"method\": \"{method}\", \"path\": \"/cgi-bin/mixed/call{i}\", \"auth\": {{ \"in\": \"query\", \"name\": \"access_token\" }}, \"request\": {{ \"$ref\": \"#/$defs/Call{i}Request\" }}, \"response\": {{ \"$ref\": \"#/$defs/{(i % 3 == 0 ? "PagedResponse" : "Response")}\" }}{extra} }}");
            json.Append(i + 1 < endpoints ? ",\n" : "\n");
        }

        json.Append("  },\n  \"$defs\": {\n");
        for (var i = 0; i < endpoints; i++)
        {
            json.Append($"    \"Call{i}Request\": {{ \"type\": \"object\", \"description\": \"Request {i}.\", \"required\": [\"id\"], \"properties\": {{ ");
            json.Append((i % 3) switch
            {
                0 => "\"id\": { \"type\": \"string\", \"minLength\": 1, \"pattern\": \"^w\" }, \"limit\": { \"type\": \"integer\" }, \"kind\": { \"$ref\": \"#/$defs/Kind\" }, \"cursor\": { \"type\": \"string\" } } },\n",
                1 => "\"id\": { \"type\": \"string\", \"minLength\": 1 }, \"dry_run\": { \"type\": \"boolean\", \"x-wecom-in\": \"query\" }, \"title\": { \"type\": \"string\", \"x-wecom-max-utf8-bytes\": 128 }, \"tags\": { \"type\": \"array\", \"maxItems\": 9, \"items\": { \"type\": \"string\" } } } },\n",
                _ => "\"id\": { \"$ref\": \"#/$defs/Kind\", \"x-wecom-in\": \"query\" }, \"file\": { \"x-wecom-file\": { \"minBytes\": 6, \"variantBy\": \"id\", \"variants\": { \"a\": { \"maxBytes\": 10000000, \"contentMediaType\": [\"image/jpeg\", \"image/png\"] }, \"b\": { \"maxBytes\": 2000000, \"contentMediaType\": \"audio/amr\" }, \"c\": { \"maxBytes\": 20000000 } } } } } },\n",
            });
        }

        json.Append("    \"Kind\": { \"type\": \"string\", \"enum\": [\"a\", \"b\", \"c\"] },\n");
        json.Append("    \"Level\": { \"type\": \"integer\", \"enum\": [0, 1, 2], \"x-wecom-enum-names\": [\"Low\", \"Mid\", \"High\"] },\n");
        json.Append("    \"Item\": { \"type\": \"object\", \"properties\": { \"name\": { \"type\": \"string\" }, \"level\": { \"$ref\": \"#/$defs/Level\" }, \"tags\": { \"type\": \"array\", \"items\": { \"type\": \"object\", \"properties\": { \"id\": { \"type\": \"string\" } } } } } },\n");
        json.Append("    \"Response\": { \"type\": \"object\", \"required\": [\"errcode\"], \"properties\": { \"errcode\": { \"$ref\": \"#/$defs/ErrorCode\" }, \"errmsg\": { \"type\": \"string\" }, \"created_at\": { \"type\": \"string\", \"x-wecom-number\": \"int64\" } } },\n");
        json.Append("    \"PagedResponse\": { \"type\": \"object\", \"required\": [\"errcode\"], \"properties\": { \"errcode\": { \"$ref\": \"#/$defs/ErrorCode\" }, \"items\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/$defs/Item\" } }, \"next_cursor\": { \"type\": \"string\" } } },\n");
        json.Append("    \"ErrorCode\": { \"type\": \"integer\", \"x-wecom-errors\": [ { \"code\": 0, \"name\": \"Ok\", \"meaning\": \"ok\", \"action\": \"ok\" }, { \"code\": -1, \"name\": \"Busy\", \"meaning\": \"busy\", \"action\": \"retry\", \"retryLimit\": 3 } ] }\n");
        json.Append("  }\n}\n");
        return json.ToString();
    }

    /// <summary>
    /// A fresh compilation per run, as a build has: nothing bound or cached by an earlier run. The syntax
    /// tree and the metadata references are shared, as a build's are between its compiler passes.
    /// </summary>
    private static Func<CSharpCompilation> Compilation(string source, bool withRuntime)
    {
        var references = new List<MetadataReference>(Net80.References.All);
        if (withRuntime)
        {
            references.Add(MetadataReference.CreateFromFile(typeof(WeComGen.Validation.ViolationCollector).Assembly.Location));
        }

        var tree = CSharpSyntaxTree.ParseText(source, ParseOptions);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        return () => CSharpCompilation.Create("Bench", [tree], references, options);
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
