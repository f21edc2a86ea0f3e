using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.CodeAnalysis;
using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests.Fuzz;

/// <summary>
/// For every schema the generator accepts, its output compiles with zero diagnostics; what it cannot generate is a
/// WCG error and no code. Schemas are random and valid in shape, with names chosen to collide: C# keywords, the
/// namespaces generated code uses, well-known types, members every class has, Unicode identifiers.
/// </summary>
public class RandomSchemaTests
{
    private static readonly string[] AwkwardNames =
    [
        "Text", "Json", "Metadata", "Validation", "System", "WeComGen", "String", "Object", "Task", "List", "Type", "Uri",
        "Boolean", "EventCode", "Int32", "Default", "Options", "Attribute", "Equals", "ToString", "GetHashCode", "GetType",
        "Finalize", "Validate", "Create", "Item", "Extensions", "Converter", "Endpoints", "JsonContext", "Client", "Credentials",
        "Serialization", "Collections", "Generic", "Threading", "Tasks", "Runtime", "Globalization", "Unicode", "At", "Missing",
        "class", "int", "value", "Ω", "Naïve", "Δelta", "_x", "名前", "value__", "ReadList", "ExternalContact",
    ];

    private static readonly string[] AwkwardNamespaces =
    [
        "System", "System.Text", "WeComGen", "WeComGen.Metadata", "WeComGen.ExternalContact", "Contoso.Text", "Ω.Δ",
        "Microsoft", "Consumer", "Contoso.System", "Contoso.WeComGen.Metadata",
    ];

    private static readonly Gen<string> Identifier =
        Gen.Select(Gen.Char['A', 'Z'], Gen.Char["abcxyz019_"].Array[0, 6], (first, rest) => first + new string(rest));

    private static readonly Gen<string> Name = Gen.Frequency((3, Of(AwkwardNames)), (2, Identifier));

    private static readonly Gen<string> Namespace = Gen.Frequency(
        (2, Of(AwkwardNamespaces)),
        (1, Name.Array[1, 3].Select(parts => string.Join(".", parts))));

    private static readonly Gen<string> WireName = Gen.Frequency((2, Name.Select(n => n.ToLowerInvariant())), (1, Name));

    private static readonly Gen<Property> PropertyGen =
        Gen.Select(WireName, Gen.Int[0, 7], Gen.Bool, Gen.Int[0, 9], (wire, kind, required, target) => new Property(wire, kind, required, target));

    private static readonly Gen<ObjectType> ObjectGen = Gen.Select(Name, PropertyGen.Array[0, 4], (name, properties) => new ObjectType(name, properties));

    private static readonly Gen<EnumType> EnumGen = Gen.Select(Name, WireName.Array[1, 3], (name, values) => new EnumType(name, values));

    private static readonly Gen<RandomSchema> SchemaGen = Gen.Select(
        Namespace, Name, ObjectGen.Array[1, 4], EnumGen.Array[0, 2], Gen.Bool, Name,
        (ns, contract, objects, enums, endpoint, errorName) => new RandomSchema(ns, contract, objects, enums, endpoint, errorName));

    private static Gen<string> Of(string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    [Fact]
    public void An_accepted_schema_compiles_cleanly_and_a_refused_one_is_WCG_errors_and_no_code() =>
        SchemaGen.Sample(
            schema =>
            {
                var run = GeneratorHarness.Run(schema.ToJson());
                Assert.Null(run.Result.Results[0].Exception);
                Assert.DoesNotContain(run.Diagnostics, d => d.Id is "WCG099" or "CS8785");
                if (run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                {
                    Assert.All(run.Diagnostics, d => Assert.StartsWith("WCG", d.Id));
                    Assert.Empty(run.Sources);
                }
                else
                {
                    Assert.NotEmpty(run.Sources);
                    Assert.Empty(run.CompilationProblems);
                }
            },
            time: 4,
            threads: 1,
            print: schema => schema.ToJson());

    [Fact]
    public void Names_that_shadow_nothing_are_accepted_so_the_test_above_compiles_code()
    {
        var schema = new RandomSchema("Contoso.Api", "Api", [new ObjectType("Ω", [new Property("class", 4, true, 0), new Property("list", 6, false, 0)])], [], Endpoint: true, "Codes");
        var run = GeneratorHarness.Run(schema.ToJson());
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    private sealed record Property(string WireName, int Kind, bool Required, int Target);

    private sealed record ObjectType(string Name, Property[] Properties);

    private sealed record EnumType(string Name, string[] Values);

    private sealed record RandomSchema(string Ns, string Contract, ObjectType[] Objects, EnumType[] Enums, bool Endpoint, string ErrorName)
    {
        public string ToJson()
        {
            var defs = new JsonObject();
            foreach (var type in Objects)
            {
                Add(defs, type.Name, ObjectSchema(type));
            }

            foreach (var type in Enums)
            {
                Add(defs, type.Name, new JsonObject { ["type"] = "string", ["enum"] = Strings(type.Values.Distinct()) });
            }

            var root = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["description"] = "A random contract.",
                ["x-wecom-namespace"] = Ns,
                ["x-wecom-contract"] = Contract,
                ["x-wecom-base-address"] = "https://example.com",
            };
            if (Endpoint)
            {
                Add(defs, ErrorName, new JsonObject
                {
                    ["type"] = "integer",
                    ["x-wecom-errors"] = new JsonArray(
                        new JsonObject { ["code"] = 0, ["name"] = "Ok", ["meaning"] = "It worked.", ["action"] = "ok" },
                        new JsonObject { ["code"] = 1, ["name"] = "No", ["meaning"] = "It did not.", ["action"] = "rejected" }),
                });
                Add(defs, Contract + "Response", new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("errcode"),
                    ["properties"] = new JsonObject { ["errcode"] = Ref(ErrorName), ["errmsg"] = new JsonObject { ["type"] = "string" } },
                });
                root["x-wecom-endpoints"] = new JsonObject
                {
                    [Contract + "Call"] = new JsonObject
                    {
                        ["method"] = "POST",
                        ["path"] = "/cgi-bin/call",
                        ["auth"] = new JsonObject { ["in"] = "query", ["name"] = "access_token" },
                        ["request"] = Ref(Objects[0].Name),
                        ["response"] = Ref(Contract + "Response"),
                    },
                };
            }

            root["$defs"] = defs;
            return root.ToJsonString();
        }

        private JsonObject ObjectSchema(ObjectType type)
        {
            var properties = new JsonObject();
            var required = new JsonArray();
            foreach (var property in type.Properties)
            {
                if (properties.ContainsKey(property.WireName))
                {
                    continue;
                }

                properties[property.WireName] = PropertySchema(property);
                if (property.Required)
                {
                    required.Add(property.WireName);
                }
            }

            return new JsonObject { ["type"] = "object", ["required"] = required, ["properties"] = properties };
        }

        private JsonObject PropertySchema(Property property) => property.Kind switch
        {
            0 => new JsonObject { ["type"] = "string", ["description"] = "A <string> & more." },
            1 => new JsonObject { ["type"] = "integer" },
            2 => new JsonObject { ["type"] = "boolean" },
            3 => new JsonObject { ["type"] = "number" },
            4 => new JsonObject { ["type"] = "array", ["maxItems"] = 3, ["items"] = new JsonObject { ["type"] = "string" } },
            5 => Ref(Objects[property.Target % Objects.Length].Name),
            6 => new JsonObject { ["type"] = "string", ["enum"] = Strings(["a", "b_c", property.WireName]) },
            _ => new JsonObject { ["type"] = "string", ["maxLength"] = 10, ["x-wecom-max-utf8-bytes"] = 30 },
        };

        private static JsonObject Ref(string name) => new() { ["$ref"] = "#/$defs/" + name };

        private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Distinct().Select(v => (JsonNode)v)]);

        private static void Add(JsonObject defs, string name, JsonObject schema)
        {
            if (!defs.ContainsKey(name))
            {
                defs[name] = schema;
            }
        }
    }
}
