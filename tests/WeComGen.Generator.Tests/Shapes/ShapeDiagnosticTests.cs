using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests.Shapes;

/// <summary>
/// Mistakes in the keywords of endpoint shapes (x-wecom-in, x-wecom-file, x-wecom-number, x-wecom-valid-for, integer enums,
/// pagination) are one diagnostic each, at the line and column of the mistake, with a did-you-mean where one fits.
/// </summary>
public class ShapeDiagnosticTests
{
    public static TheoryData<string, string, string, string, string, int, string> Mistakes => new()
    {
        // schema, id, replace, with, anchor (text at the expected position in the edited schema), offset into the anchor, message part
        { "externalcontact_get", "WCG003", "\"description\": \"上次请求返回的next_cursor。", "\"x-wecom-inn\": \"query\", \"description\": \"上次请求返回的next_cursor。", "\"x-wecom-inn\"", 0, "did you mean 'x-wecom-in'?" },
        { "media", "WCG003", "\"contentMediaType\": \"video/mp4\"", "\"contentMediaTyp\": \"video/mp4\"", "\"contentMediaTyp\"", 0, "did you mean 'contentMediaType'?" },
        { "media", "WCG003", "\"maxBytes\": 2000000,\n", "\"maxByte\": 2000000, \"maxBytes\": 2000000,\n", "\"maxByte\"", 0, "did you mean 'maxBytes'?" },
        { "externalcontact_get", "WCG003", "\"nextCursor\"", "\"nextCursr\"", "\"nextCursr\"", 0, "did you mean 'nextCursor'?" },
        { "media", "WCG004", "\"x-wecom-in\": \"query\"", "\"x-wecom-in\": \"quer\"", "\"quer\"", 0, "did you mean \"query\"?" },
        { "media", "WCG004", "\"x-wecom-number\": \"int64\"", "\"x-wecom-number\": \"int6\"", "\"int6\"", 0, "did you mean \"int64\"?" },
        { "media", "WCG004", "\"contentMediaType\": \"video/mp4\"", "\"contentMediaType\": \"mp4\"", "\"mp4\"", 0, "a media type such as \"image/png\"" },
        { "media", "WCG008", "\"minBytes\": 6,\n            \"maxBytes\": 2000000", "\"minBytes\": 3000000,\n            \"maxBytes\": 2000000", "{\n            \"part\": \"media\",\n            \"minBytes\": 3000000", 0, "'minBytes' is 3000000 but 'maxBytes' is 2000000" },
        { "media", "WCG004", "\"duration\": \"P3D\"", "\"duration\": \"P3M\"", "\"P3M\"", 0, "an ISO 8601 duration above zero" },
        { "media", "WCG004", "\"duration\": \"P3D\"", "\"duration\": \"3 days\"", "\"3 days\"", 0, "but is \"3 days\"" },
        { "media", "WCG004", "{ \"permanent\": true }", "{ \"permanent\": true, \"from\": \"errcode\" }", "{ \"permanent\": true, \"from\"", 0, "'permanent' together with 'from'" },
        { "media", "WCG005", "\"from\": \"created_at\"", "\"from\": \"created\"", "\"created\" }", 0, "UploadMediaResponse has no member 'created'" },
        { "media", "WCG005", "\"from\": \"created_at\"", "\"from\": \"type\"", "\"type\" }", 0, "'type' of UploadMediaResponse is not an integer" },
        { "externalcontact_get", "WCG011", "\"nextCursor\": \"next_cursor\"", "\"nextCursor\": \"next_cursr\"", "\"next_cursr\"", 0, "did you mean 'next_cursor'?" },
        { "externalcontact_get", "WCG011", "\"cursor\": \"cursor\"", "\"cursor\": \"external_userid\"", "\"cursor\": \"external_userid\"", 10, "must be an optional string" },
        { "media", "WCG013", "\"file\": { \"description\": \"普通文件：20MB。 20 MB, any format.\", \"maxBytes\": 20000000 }", "\"file\": { \"description\": \"普通文件：20MB。 20 MB, any format.\" }", "{ \"description\": \"普通文件", 0, "'maxBytes'" },
        { "externalcontact_get", "WCG014", "\"x-wecom-enum-names\": [\"Unknown\", \"Male\", \"Female\"]", "\"x-wecom-csharp-name\": \"Sex\"", "[0, 1, 2],\n      \"x-wecom-csharp-name\": \"Sex\"", 0, "without 'x-wecom-enum-names'" },
        { "externalcontact_get", "WCG022", "\"description\": \"上次请求返回的next_cursor。", "\"x-wecom-in\": \"body\", \"description\": \"上次请求返回的next_cursor。", "\"cursor\": {", 0, "a GET request has no body" },
        { "media", "WCG022", "\"variantBy\": \"type\"", "\"variantBy\": \"typ\"", "\"typ\"", 0, "did you mean 'type'?" },
        { "media", "WCG022", "\"image\": { \"description\"", "\"imag\": { \"description\"", "{\n              \"imag\"", 0, "did you mean 'image'?" },
        { "media", "WCG022", "\"x-wecom-in\": \"query\",", "", "\"type\": {\n          \"$ref\"", 0, "a multipart request carries its file parts only" },
        { "media", "WCG022", "\"description\": \"要上传的文件。", "\"x-wecom-in\": \"query\", \"description\": \"要上传的文件。", "\"x-wecom-in\": \"query\", \"description\": \"要上传的文件。", 0, "remove x-wecom-in" },
        { "externalcontact_get", "WCG022", "\"description\": \"分页的cursor，当跟进人多于500人时返回。", "\"x-wecom-in\": \"query\", \"description\": \"分页的cursor，当跟进人多于500人时返回。", "\"x-wecom-in\": \"query\", \"description\": \"分页", 0, "applies to the members of an endpoint's request" },
        { "warehouse", "WCG022", "\"max_weight\": { \"type\": \"integer\" }", "\"max_weight\": { \"type\": \"array\", \"items\": { \"type\": \"integer\" } }", "\"max_weight\"", 0, "one scalar value" },
        { "warehouse", "WCG014", "\"parcel_id\": { \"type\": \"string\" }", "\"parcel_id\": { \"type\": \"string\", \"x-wecom-valid-for\": { \"duration\": \"P1D\" } }", "\"x-wecom-valid-for\"", 0, "applies to the members of an endpoint's response, and ShipParcelRequest is not one" },
        { "warehouse", "WCG006", "\"ShipParcel\": {", "\"FindParcelsPages\": {", "\"FindParcelsPages\"", 0, "FindParcelsPagesAsync" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_shape_mistake_is_one_diagnostic_at_its_position(string schemaName, string id, string replace, string with, string anchor, int offset, string messagePart)
    {
        var schema = SchemaEdits.Replace(Schema(schemaName), replace, with);
        var run = GeneratorHarness.Run(schema);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(messagePart, diagnostic.GetMessage());
        var (line, column) = SchemaEdits.PositionOf(schema, anchor);
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column + offset), (position.Line + 1, position.Character + 1));
        Assert.Null(run.Result.Results[0].Exception);
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Under_zh_Hans_a_shape_mistake_holds_no_English_word_but_names(string schemaName, string id, string replace, string with, string anchor, int offset, string messagePart)
    {
        _ = (anchor, offset, messagePart);
        var schema = SchemaEdits.Replace(Schema(schemaName), replace, with);
        var diagnostic = Assert.Single(GeneratorHarness.Run(schema).Diagnostics);

        Assert.Equal(id, diagnostic.Id);
        Assert.Empty(LocalizationTests.EnglishWords(diagnostic.GetMessage(Translations.Chinese), schema));
    }

    [Theory]
    [InlineData("externalcontact_get")]
    [InlineData("media")]
    [InlineData("warehouse")]
    public void The_schemas_as_written_have_no_diagnostic(string schemaName)
    {
        Assert.Empty(GeneratorHarness.Run(Schema(schemaName)).Diagnostics);
    }

    private static string Schema(string name) => name == "warehouse" ? WarehouseSchema.Text : ShippedShapesTests.Schema(name);
}
