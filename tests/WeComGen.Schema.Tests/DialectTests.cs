using System.Text.Json;
using Json.Schema;

namespace WeComGen.Schema.Tests;

/// <summary>
/// The dialect lets an editor check a schema file as the generator does: every x-wecom keyword with its value shape,
/// root keywords only at the root, no misspelt x-wecom keyword; other vendors' x- keywords are left alone.
/// </summary>
public class DialectTests
{
    public static TheoryData<string> ShippedSchemas => new(
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "schema"), "*.schema.json").Select(Path.GetFileName)!);

    [Fact]
    public void The_dialect_is_a_valid_JSON_Schema_2020_12_document()
    {
        using var document = JsonDocument.Parse(DialectFile.Text);

        var result = MetaSchemas.Draft202012.Evaluate(
            document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, MetaSchemaTests.Describe(result));
    }

    [Theory]
    [MemberData(nameof(ShippedSchemas))]
    public void Every_shipped_schema_validates_against_the_dialect(string file)
    {
        var result = DialectFile.Evaluate(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", file)));

        Assert.True(result.IsValid, MetaSchemaTests.Describe(result));
    }

    [Theory]
    [InlineData("\"x-wecom-max-utf8-bytes\": 4000", "\"x-wecom-max-utf8-byte\": 4000")]
    [InlineData("\"x-wecom-max-utf8-bytes\": 4000", "\"x-wecom-max-utf8-bytes\": 4000, \"x-wecom-maxitems\": 9")]
    [InlineData("\"description\": \"文本消息。 The text message.\",", "\"description\": \"文本消息。 The text message.\", \"x-wecom-contract\": \"Text\",")]
    [InlineData("\"description\": \"文本消息。 The text message.\",", "\"description\": \"文本消息。 The text message.\", \"x-wecom-endpoints\": {},")]
    [InlineData("\"description\": \"文本消息。 The text message.\",", "\"description\": \"文本消息。 The text message.\", \"$defs\": {},")]
    [InlineData("\"action\": \"delivered\"", "\"action\": \"deliverd\"")]
    [InlineData("\"x-wecom-max-utf8-bytes\": 4000", "\"x-wecom-max-utf8-bytes\": -1")]
    [InlineData("\"x-wecom-max-utf8-bytes\": 4000", "\"x-wecom-max-utf8-bytes\": \"4000\"")]
    [InlineData("\"validitySeconds\": 20,", "\"validity\": 20,")]
    [InlineData("\"singleUse\": true", "\"singleUse\": \"yes\"")]
    [InlineData("\"method\": \"POST\"", "\"method\": \"FETCH\"")]
    [InlineData("\"path\": \"/cgi-bin/externalcontact/send_welcome_msg\"", "\"path\": \"cgi-bin/externalcontact/send_welcome_msg\"")]
    [InlineData("\"auth\": { \"in\": \"query\", \"name\": \"access_token\" }", "\"auth\": { \"in\": \"header\", \"name\": \"access_token\" }")]
    [InlineData("\"x-wecom-base-address\": \"https://qyapi.weixin.qq.com\"", "\"x-wecom-base-address\": \"qyapi.weixin.qq.com\"")]
    public void A_keyword_the_generator_would_reject_fails_validation(string replace, string with)
    {
        var result = DialectFile.Evaluate(Edit(replace, with));

        Assert.False(result.IsValid, $"the dialect accepted {with}");
    }

    [Theory]
    [InlineData("\"x-wecom-max-utf8-bytes\": 4000", "\"x-wecom-max-utf8-bytes\": 4000, \"x-acme-owner\": \"team\"")]
    [InlineData("\"x-wecom-namespace\": \"WeComGen.ExternalContact\",", "\"x-wecom-namespace\": \"WeComGen.ExternalContact\", \"x-acme-owner\": \"team\",")]
    [InlineData("\"x-wecom-max-utf8-bytes\": 4000", "\"x-wecom-max-utf8-bytes\": 0")]
    public void Other_vendors_keywords_and_edge_values_pass(string replace, string with)
    {
        var result = DialectFile.Evaluate(Edit(replace, with));

        Assert.True(result.IsValid, MetaSchemaTests.Describe(result));
    }

    [Theory]
    [InlineData("\"x-wecom-in\": \"query\"", "\"x-wecom-in\": \"header\"")]
    [InlineData("\"x-wecom-number\": \"int64\"", "\"x-wecom-number\": \"long\"")]
    [InlineData("\"variantBy\": \"type\",", "")]
    [InlineData("\"contentMediaType\": \"video/mp4\"", "\"contentMediaType\": \"mp4\"")]
    [InlineData("\"maxBytes\": 2000000,\n", "\"maxBytes\": -1,\n")]
    [InlineData("\"part\": \"media\",\n            \"minBytes\": 6,\n            \"maxBytes\"", "\"part\": \"media\",\n            \"minByte\": 6,\n            \"maxBytes\"")]
    [InlineData("\"duration\": \"P3D\"", "\"duration\": \"P3M\"")]
    [InlineData("\"duration\": \"P3D\"", "\"duration\": \"3 days\"")]
    [InlineData("{ \"permanent\": true }", "{ \"permanent\": true, \"from\": \"errcode\" }")]
    [InlineData("\"x-wecom-valid-for\": { \"duration\": \"P3D\", \"from\": \"created_at\" }", "\"x-wecom-valid-for\": { \"duraton\": \"P3D\" }")]
    public void A_shape_keyword_the_generator_would_reject_fails_validation(string replace, string with)
    {
        var result = DialectFile.Evaluate(Edit(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "media.schema.json")), replace, with));

        Assert.False(result.IsValid, $"the dialect accepted {with}");
    }

    [Theory]
    [InlineData("\"nextCursor\": \"next_cursor\"", "\"nextCursr\": \"next_cursor\"")]
    [InlineData("\"enum\": [1, 2],", "\"enum\": [1, 2], \"x-wecom-enum-name\": [],")]
    public void A_misspelt_pagination_or_enum_keyword_fails_validation(string replace, string with)
    {
        var result = DialectFile.Evaluate(Edit(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "externalcontact_get.schema.json")), replace, with));

        Assert.False(result.IsValid, $"the dialect accepted {with}");
    }

    private static string Edit(string replace, string with) => Edit(SchemaFile.Text, replace, with);

    private static string Edit(string text, string replace, string with)
    {
        var index = text.IndexOf(replace, StringComparison.Ordinal);
        Assert.True(index >= 0 && text.IndexOf(replace, index + 1, StringComparison.Ordinal) < 0, $"the schema holds {replace} once");
        return text[..index] + with + text[(index + replace.Length)..];
    }
}
