using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests;

/// <summary>Names the generator cannot generate are one WCG diagnostic at the name; references decode as RFC 6901 and RFC 3986 say.</summary>
public class NameCollisionTests
{
    [Theory]
    [InlineData("\"x-wecom-namespace\": \"WeComGen.ExternalContact\"", "\"x-wecom-namespace\": \"System\"", "\"System\"", "The namespace 'System' would shadow the namespace System")]
    [InlineData("\"x-wecom-namespace\": \"WeComGen.ExternalContact\"", "\"x-wecom-namespace\": \"System.Text\"", "\"System.Text\"", "The namespace 'System.Text'")]
    [InlineData("\"x-wecom-namespace\": \"WeComGen.ExternalContact\"", "\"x-wecom-namespace\": \"WeComGen.Metadata.Mine\"", "\"WeComGen.Metadata.Mine\"", "'WeComGen.Metadata.Mine' would shadow the namespace WeComGen.Metadata")]
    public void A_namespace_inside_one_the_generated_code_uses_is_WCG019(string from, string to, string anchor, string message) =>
        AssertSingle(SchemaEdits.Replace(from, to), "WCG019", anchor, message);

    [Fact]
    public void A_type_named_like_a_namespace_the_generated_code_uses_is_WCG019_at_its_name()
    {
        var schema = SchemaEdits.Replace("\"x-wecom-namespace\": \"WeComGen.ExternalContact\"", "\"x-wecom-namespace\": \"WeComGen\"");
        schema = SchemaEdits.Replace(schema, "\"FileAttachment\": {", "\"Metadata\": {");
        schema = SchemaEdits.Replace(schema, "\"$ref\": \"#/$defs/FileAttachment\"", "\"$ref\": \"#/$defs/Metadata\"");
        AssertSingle(schema, "WCG019", "\"Metadata\": {", "The type 'WeComGen.Metadata' would shadow the namespace WeComGen.Metadata");
    }

    [Fact]
    public void A_namespace_of_its_own_compiles_cleanly()
    {
        var run = GeneratorHarness.Run(SchemaEdits.Replace("\"x-wecom-namespace\": \"WeComGen.ExternalContact\"", "\"x-wecom-namespace\": \"Contoso\""));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("ToString")]
    [InlineData("GetHashCode")]
    [InlineData("Equals")]
    [InlineData("GetType")]
    [InlineData("Text")]
    public void A_property_named_like_an_inherited_member_or_its_class_is_WCG006_at_its_name(string csharpName)
    {
        var schema = SchemaEdits.Replace("\"content\": {", $"\"content\": {{ \"x-wecom-csharp-name\": \"{csharpName}\",");
        AssertSingle(schema, "WCG006", "\"content\"", $"'{csharpName}'");
    }

    [Fact]
    public void A_union_member_named_like_a_factory_is_WCG006()
    {
        var schema = SchemaEdits.Replace("\"x-wecom-csharp-name\": \"MsgType\"", "\"x-wecom-csharp-name\": \"CreateImage\"");
        var run = GeneratorHarness.Run(schema);
        Assert.Contains(run.Diagnostics, d => d.Id == "WCG006" && d.GetMessage().Contains("factory method"));
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData("%54ext")]
    [InlineData("T%65xt")]
    [InlineData("%54%65%78%74")]
    public void A_percent_encoded_reference_resolves(string encoded)
    {
        var run = GeneratorHarness.Run(SchemaEdits.Replace("\"$ref\": \"#/$defs/Text\"", $"\"$ref\": \"#/$defs/{encoded}\""));
        Assert.Empty(run.Diagnostics);
        Assert.NotEmpty(run.Sources);
    }

    [Fact]
    public void A_definition_with_a_non_ASCII_name_is_reached_through_its_percent_encoded_UTF8()
    {
        var schema = SchemaEdits.Replace("\"Text\": {", "\"Ω\": {");
        schema = SchemaEdits.Replace(schema, "\"$ref\": \"#/$defs/Text\"", "\"$ref\": \"#/$defs/%CE%A9\"");
        var run = GeneratorHarness.Run(schema);
        Assert.Empty(run.Diagnostics);
        Assert.Contains(run.Sources, s => s.HintName == "WeComGen.ExternalContact.Ω.g.cs");
    }

    [Fact]
    public void Pointer_escapes_are_undone_after_percent_decoding()
    {
        Assert.Equal("a/b~c", Schema.ReferenceFragments.UnescapePointerToken("a~1b~0c"));
        Assert.Equal("~1", Schema.ReferenceFragments.UnescapePointerToken("~01"));
        Assert.Equal("/$defs/a~1b", Schema.ReferenceFragments.PercentDecode("/$defs/a%7E1b"));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("%4")]
    [InlineData("%G0")]
    [InlineData("%CE")]
    public void A_malformed_percent_escape_is_WCG005(string encoded)
    {
        var schema = SchemaEdits.Replace("\"$ref\": \"#/$defs/Text\"", $"\"$ref\": \"#/$defs/{encoded}\"");
        AssertSingle(schema, "WCG005", $"\"#/$defs/{encoded}\"", "not valid percent-encoded UTF-8");
    }

    private static void AssertSingle(string schema, string id, string anchor, string message)
    {
        var run = GeneratorHarness.Run(schema);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage());
        var (line, column) = SchemaEdits.PositionOf(schema, anchor);
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (position.Line + 1, position.Character + 1));
        Assert.Empty(run.Sources);
    }
}
