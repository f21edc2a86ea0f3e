using Microsoft.CodeAnalysis;
using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests;

/// <summary>Each schema mistake is one WCG diagnostic at the exact line and column of the schema file, and nothing is generated.</summary>
public class SchemaDiagnosticTests
{
    public static TheoryData<string, string, string, string, int, string> Mistakes => new()
    {
        // id, replace, with, anchor (text at the expected position in the edited schema), offset into the anchor, message part
        { "WCG001", "\"maxItems\": 9,", "\"maxItems\": 9,,", "9,,", 2, "a property name in double quotes was expected" },
        { "WCG002", "https://wecomgen.dev/schema/2020-12/wecom", "http://json-schema.org/draft-07/schema#", "\"http://json-schema.org/draft-07", 0, "draft-07" },
        { "WCG002", "https://wecomgen.dev/schema/2020-12/wecom", "https://wecomgen.dev/schema/2020-12/wecm", "\"https://wecomgen.dev/schema/2020-12/wecm", 0, "did you mean \"https://wecomgen.dev/schema/2020-12/wecom\"?" },
        { "WCG002", "https://wecomgen.dev/schema/2020-12/wecom", "https://json-schema.org/draft/2020-12/schem", "\"https://json-schema.org/draft/2020-12/schem\"", 0, "did you mean \"https://json-schema.org/draft/2020-12/schema\"?" },
        { "WCG003", "\"maxItems\": 9", "\"maxItem\": 9", "\"maxItem\"", 0, "did you mean 'maxItems'?" },
        { "WCG003", "\"x-wecom-max-utf8-bytes\": 4000", "\"x-wecom-max-utf8-byte\": 4000", "\"x-wecom-max-utf8-byte\"", 0, "did you mean 'x-wecom-max-utf8-bytes'?" },
        { "WCG003", "\"description\": \"文本消息。 The text message.\",", "\"description\": \"文本消息。 The text message.\", \"$defs\": {},", "\"$defs\": {}", 0, "it belongs at the root of the file" },
        { "WCG004", "\"maxItems\": 9", "\"maxItems\": \"9\"", "\"9\"", 0, "'maxItems' must be a non-negative integer, but is a string" },
        { "WCG004", "[\"Image\", \"Link\", \"MiniProgram\", \"Video\", \"File\"]", "[\"Image\", \"Link\", \"MiniProgram\", \"Video\"]", "[\"Image\"", 0, "one name per value of 'enum' (5)" },
        { "WCG005", "\"items\": { \"$ref\": \"#/$defs/Attachment\" }", "\"items\": { \"$ref\": \"#/$defs/Attachmnet\" }", "\"#/$defs/Attachmnet\"", 0, "did you mean 'Attachment'?" },
        { "WCG006", "\"x-wecom-csharp-name\": \"Description\"", "\"x-wecom-csharp-name\": \"PicUrl\"", "\"desc\"", 0, "PicUrl" },
        { "WCG007", "\"x-wecom-csharp-name\": \"MsgType\"", "\"x-wecom-csharp-name\": \"Msg Type\"", "\"Msg Type\"", 0, "'Msg Type' is not a valid C# identifier" },
        { "WCG008", "\"maxItems\": 9", "\"minItems\": 10, \"maxItems\": 9", "9,\n", 0, "'minItems' is 10 but 'maxItems' is 9" },
        { "WCG008", "\"x-wecom-max-utf8-bytes\": 64", "\"x-wecom-max-utf8-bytes\": 0", "\"x-wecom-max-utf8-bytes\": 0", 26, "no value fits" },
        { "WCG008", "\"maxItems\": 9", "\"maxItems\": -1", "-1,\n", 0, "a limit cannot be negative" },
        { "WCG008", "\"maxItems\": 9", "\"maxItems\": 0", "{ \"minItems\": 1 }", 14, "the branch can never hold" },
        { "WCG009", "\"x-wecom-discriminator\": \"msgtype\",", "", "[\n        { \"properties\": { \"msgtype\": { \"const\": \"image\" }", 0, "oneOf needs x-wecom-discriminator" },
        { "WCG009", "\"x-wecom-discriminator\": \"msgtype\",", "\"x-wecom-discriminator\": \"kind\",", "\"kind\"", 0, "'kind' is not one of its properties" },
        { "WCG009", "{ \"properties\": { \"msgtype\": { \"const\": \"video\" }, \"video\": true }, \"required\": [\"video\"], \"unevaluatedProperties\": false },", "", "[\n        { \"properties\": { \"msgtype\": { \"const\": \"image\" }", 0, "'video' of AttachmentType has no oneOf branch" },
        { "WCG010", "\"action\": \"delivered\"", "\"action\": \"deliverd\"", "\"deliverd\"", 0, "did you mean 'delivered'?" },
        { "WCG011", "\"method\": \"POST\"", "\"method\": \"FETCH\"", "\"FETCH\"", 0, "'method' must be one of GET, POST, PUT, PATCH, DELETE" },
        { "WCG011", "\"path\": \"/cgi-bin/externalcontact/send_welcome_msg\"", "\"path\": \"cgi-bin/externalcontact/send_welcome_msg\"", "\"cgi-bin/", 0, "starting with a single '/'" },
        { "WCG011", "\"request\": { \"$ref\": \"#/$defs/SendWelcomeMsgRequest\" }", "\"request\": { \"$ref\": \"#/$defs/AttachmentType\" }", "\"#/$defs/AttachmentType\"", 0, "must be an object type" },
        { "WCG012", "\"required\": [\"welcome_code\"]", "\"required\": [\"welcome_code\", \"welcome_text\"]", "\"welcome_text\"", 0, "'welcome_text' is named in required of SendWelcomeMsgRequest" },
        { "WCG013", "\"x-wecom-namespace\": \"WeComGen.ExternalContact\",", "", "{", 0, "'x-wecom-namespace'" },
        { "WCG014", "\"type\": \"array\",", "\"type\": [\"array\", \"null\"],", "[\"array\"", 0, "A list of types is not supported" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_schema_mistake_is_one_diagnostic_at_its_position(string id, string replace, string with, string anchor, int offset, string messagePart)
    {
        var schema = SchemaEdits.Replace(replace, with);
        var run = GeneratorHarness.Run(schema);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(messagePart, diagnostic.GetMessage());
        var (line, column) = SchemaEdits.PositionOf(schema, anchor);
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column + offset), (position.Line + 1, position.Character + 1));
        Assert.Empty(run.Sources);
        Assert.Null(run.Result.Results[0].Exception);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("   \n  ", "the file is empty")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{\"a\": tru}", "a value was expected")]
    [InlineData("{\"a\": \"\u0001\"}", "control character")]
    [InlineData("{\"a\": 1, \"a\": 2}", "appears twice")]
    public void Files_that_are_not_a_schema_are_one_diagnostic(string text, string messagePart)
    {
        var run = GeneratorHarness.Run(text);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.StartsWith("WCG00", diagnostic.Id);
        Assert.Contains(messagePart, diagnostic.GetMessage());
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_WCG001_not_a_crash()
    {
        var driver = GeneratorHarness.Driver(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, new UnreadableText());
        var result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results[0];
        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("WCG001", diagnostic.Id);
        Assert.Contains("the file could not be read", diagnostic.GetMessage());
    }

    [Fact]
    public void Deep_nesting_is_refused_without_exhausting_the_stack()
    {
        var run = GeneratorHarness.Run(new string('[', 100_000));
        Assert.Equal("WCG001", Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public void A_file_over_the_size_cap_is_WCG017()
    {
        var run = GeneratorHarness.Run("{\"description\": \"" + new string('x', 5 * 1024 * 1024) + "\"}");
        Assert.Equal("WCG017", Assert.Single(run.Diagnostics).Id);
    }

    [Theory]
    [InlineData("https://wecomgen.dev/schema/2020-12/wecom")]
    [InlineData("https://json-schema.org/draft/2020-12/schema")]
    [InlineData("https://json-schema.org/draft/2020-12/schema#")]
    public void The_dialect_and_plain_2020_12_are_both_accepted(string dialect)
    {
        var schema = SchemaEdits.Replace("\"$schema\": \"https://wecomgen.dev/schema/2020-12/wecom\"", $"\"$schema\": \"{dialect}\"");
        var run = GeneratorHarness.Run(schema);

        Assert.Empty(run.Diagnostics);
        Assert.NotEmpty(run.Sources);
    }

    [Fact]
    public void Every_mistake_in_a_file_is_reported_not_only_the_first()
    {
        var schema = SchemaEdits.Replace("\"maxItems\": 9", "\"maxItem\": 9");
        schema = SchemaEdits.Replace(schema, "\"action\": \"delivered\"", "\"action\": \"deliverd\"");
        schema = SchemaEdits.Replace(schema, "\"method\": \"POST\"", "\"method\": \"FETCH\"");
        var run = GeneratorHarness.Run(schema);
        Assert.Equal(["WCG003", "WCG010", "WCG011"], run.Diagnostics.Select(d => d.Id).Order());
        Assert.All(run.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    private sealed class UnreadableText : AdditionalText
    {
        public override string Path => GeneratorHarness.SchemaPath;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new IOException("the disk is gone");
    }
}
