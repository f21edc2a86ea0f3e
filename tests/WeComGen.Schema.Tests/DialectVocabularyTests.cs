using System.Reflection;
using System.Text.Json;

namespace WeComGen.Schema.Tests;

/// <summary>The dialect names exactly what the generator's vocabulary knows, so the two cannot drift apart.</summary>
public class DialectVocabularyTests
{
    private static readonly Type Vocabulary =
        Assembly.Load("WeComGen.Generator").GetType("WeComGen.Generator.Schema.Vocabulary", throwOnError: true)!;

    private static readonly JsonElement Dialect = JsonDocument.Parse(DialectFile.Text).RootElement;

    private static JsonElement Def(string name) => Dialect.GetProperty("$defs").GetProperty(name);

    [Fact]
    public void The_dialect_allows_exactly_the_x_wecom_keywords_of_the_generator()
    {
        var known = Keys("SchemaKeywords").Concat(Keys("RootKeywords")).Where(k => k.StartsWith("x-wecom", StringComparison.Ordinal));
        var allowed = Strings(Def("common").GetProperty("propertyNames").GetProperty("then").GetProperty("enum"));

        Assert.Equal(known.Order(), allowed.Order());
    }

    [Fact]
    public void Schema_keywords_are_described_everywhere_and_root_keywords_only_at_the_root()
    {
        var common = Names(Def("common").GetProperty("properties"));
        var root = Names(Dialect.GetProperty("properties"));
        var forbiddenBelowRoot = Def("subschema").GetProperty("properties").EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.False).Select(p => p.Name);

        Assert.Equal(Keys("SchemaKeywords").Where(IsWeCom).Order(), common.Order());
        Assert.Equal(Keys("RootKeywords").Where(IsWeCom).Order(), root.Order());
        Assert.Equal(Keys("RootKeywords").Where(k => k != "$schema").Order(), forbiddenBelowRoot.Order());
    }

    [Theory]
    [InlineData("EndpointKeys", "endpoint")]
    [InlineData("CredentialKeys", "credential")]
    [InlineData("HintKeys", "hint")]
    [InlineData("ErrorKeys", "errorRow")]
    [InlineData("FileKeys", "file")]
    [InlineData("FileVariantKeys", "fileVariant")]
    public void Vocabulary_objects_have_the_generator_s_keys(string vocabulary, string definition)
    {
        Assert.Equal(Keys(vocabulary).Order(), Names(Def(definition).GetProperty("properties")).Order());
        Assert.Equal(JsonValueKind.False, Def(definition).GetProperty("additionalProperties").ValueKind);
    }

    [Fact]
    public void Pagination_has_the_generator_s_keys()
    {
        var pagination = Def("endpoint").GetProperty("properties").GetProperty("pagination").GetProperty("properties");

        Assert.Equal(Keys("PaginationKeys").Order(), Names(pagination).Order());
    }

    [Fact]
    public void Placements_and_number_formats_are_the_generator_s()
    {
        var placements = Def("common").GetProperty("properties").GetProperty("x-wecom-in").GetProperty("enum");
        var formats = Def("common").GetProperty("properties").GetProperty("x-wecom-number").GetProperty("enum");

        Assert.Equal(((string[])Property("Placements")).Order(), Strings(placements).Order());
        Assert.Equal(((string[])Property("NumberFormats")).Order(), Strings(formats).Order());
    }

    [Fact]
    public void Auth_has_the_generator_s_keys()
    {
        var auth = Def("endpoint").GetProperty("properties").GetProperty("auth").GetProperty("properties");

        Assert.Equal(Keys("AuthKeys").Order(), Names(auth).Order());
    }

    [Fact]
    public void Actions_and_methods_are_the_generator_s()
    {
        var action = Def("errorRow").GetProperty("properties").GetProperty("action").GetProperty("enum");
        var method = Def("endpoint").GetProperty("properties").GetProperty("method").GetProperty("enum");

        Assert.Equal(Keys("ErrorActions").Order(), Strings(action).Order());
        Assert.Equal(((string[])Property("HttpMethods")).Order(), Strings(method).Order());
    }

    [Fact]
    public void The_generator_accepts_the_dialect_s_id()
    {
        Assert.Equal(DialectFile.Id, Dialect.GetProperty("$id").GetString());
        Assert.Contains(DialectFile.Id, (string[])Property("Dialects"));
    }

    private static bool IsWeCom(string keyword) => keyword.StartsWith("x-wecom", StringComparison.Ordinal);

    private static object Property(string name) =>
        Vocabulary.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static IEnumerable<string> Keys(string dictionary) =>
        ((System.Collections.IDictionary)Property(dictionary)).Keys.Cast<string>();

    private static IEnumerable<string> Names(JsonElement properties) => properties.EnumerateObject().Select(p => p.Name);

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);
}
