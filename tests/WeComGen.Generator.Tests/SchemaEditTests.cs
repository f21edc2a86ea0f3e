using System.Reflection;
using WeComGen.Generator.Tests.Infrastructure;
using WeComGen.Metadata;
using WeComGen.Validation;

namespace WeComGen.Generator.Tests;

/// <summary>A change to the contract is a change to the schema only: types, validators, metadata and client follow.</summary>
public class SchemaEditTests
{
    private static string Attachments(int count) =>
        "{\"welcome_code\":\"c\",\"attachments\":[" + string.Join(",", Enumerable.Repeat("{\"msgtype\":\"video\",\"video\":{\"media_id\":\"v\"}}", count)) + "]}";

    [Fact]
    public void Lowering_maxItems_to_3_changes_the_validator_and_the_metadata()
    {
        var generated = GeneratedAssembly.Compile(GeneratorHarness.Run(SchemaEdits.Replace("\"maxItems\": 9", "\"maxItems\": 3")));

        Assert.True(generated.Validate("SendWelcomeMsgRequest", Attachments(3)).IsValid);
        var violation = Assert.Single(generated.Validate("SendWelcomeMsgRequest", Attachments(4)).Violations);
        Assert.Equal(("$.attachments", ContractRule.MaxItems, "3", "4"), (violation.Path, violation.Rule, violation.Limit, violation.Actual));
        var attribute = generated.Type("SendWelcomeMsgRequest").GetProperty("Attachments")!.GetCustomAttribute<ContractMaxItemsAttribute>()!;
        Assert.Equal(3, attribute.Limit);
    }

    [Fact]
    public void A_sixth_attachment_kind_adds_an_enum_member_a_payload_a_factory_and_a_validator_branch()
    {
        var schema = GeneratorHarness.DefaultSchema;
        schema = SchemaEdits.Replace(schema, "\"enum\": [\"image\", \"link\", \"miniprogram\", \"video\", \"file\"]", "\"enum\": [\"image\", \"link\", \"miniprogram\", \"video\", \"file\", \"sticker\"]");
        schema = SchemaEdits.Replace(schema, "[\"Image\", \"Link\", \"MiniProgram\", \"Video\", \"File\"]", "[\"Image\", \"Link\", \"MiniProgram\", \"Video\", \"File\", \"Sticker\"]");
        schema = SchemaEdits.Replace(schema, "\"file\": { \"$ref\": \"#/$defs/FileAttachment\" }", "\"file\": { \"$ref\": \"#/$defs/FileAttachment\" },\n        \"sticker\": { \"$ref\": \"#/$defs/StickerAttachment\" }");
        schema = SchemaEdits.Replace(schema, "{ \"properties\": { \"msgtype\": { \"const\": \"file\" }, \"file\": true }, \"required\": [\"file\"], \"unevaluatedProperties\": false }", "{ \"properties\": { \"msgtype\": { \"const\": \"file\" }, \"file\": true }, \"required\": [\"file\"], \"unevaluatedProperties\": false },\n        { \"properties\": { \"msgtype\": { \"const\": \"sticker\" }, \"sticker\": true }, \"required\": [\"sticker\"], \"unevaluatedProperties\": false }");
        schema = SchemaEdits.Replace(schema, "\"SendWelcomeMsgResponse\": {", "\"StickerAttachment\": { \"type\": \"object\", \"description\": \"A sticker.\", \"required\": [\"sticker_id\"], \"properties\": { \"sticker_id\": { \"type\": \"string\", \"minLength\": 1 } } },\n    \"SendWelcomeMsgResponse\": {");

        var generated = GeneratedAssembly.Compile(GeneratorHarness.Run(schema));

        Assert.Contains("Sticker", Enum.GetNames(generated.Type("AttachmentType")));
        var payload = generated.Type("Attachment").GetProperty("Sticker")!;
        Assert.Equal("sticker", payload.GetCustomAttribute<ContractVariantAttribute>()!.WireValue);
        var attachment = generated.Type("Attachment");
        var factory = attachment.GetMethod("CreateSticker")!;
        Assert.Equal(["stickerId"], factory.GetParameters().Select(p => p.Name));
        Assert.NotNull(attachment.GetMethod("Create", [generated.Type("StickerAttachment")]));
        var created = factory.Invoke(null, ["s1"])!;
        Assert.Equal("""{"msgtype":"sticker","sticker":{"sticker_id":"s1"}}""", generated.Serialize("Attachment", created));

        var missing = Assert.Single(generated.Validate("Attachment", """{"msgtype":"sticker"}""").Violations);
        Assert.Equal(("$.sticker", ContractRule.Discriminator), (missing.Path, missing.Rule));
        var empty = Assert.Single(generated.Validate("Attachment", """{"msgtype":"sticker","sticker":{"sticker_id":""}}""").Violations);
        Assert.Equal(("$.sticker.sticker_id", ContractRule.MinLength), (empty.Path, empty.Rule));
    }

    [Fact]
    public void An_inline_object_or_enum_is_named_after_its_owner_and_property()
    {
        var schema = SchemaEdits.Replace(
            "\"text\": {\n          \"$ref\": \"#/$defs/Text\"\n        },",
            "\"text\": {\n          \"$ref\": \"#/$defs/Text\"\n        },\n        \"tracking\": { \"type\": \"object\", \"required\": [\"source\"], \"properties\": { \"source\": { \"type\": \"string\", \"enum\": [\"qr\", \"link\"] }, \"tags\": { \"type\": \"array\", \"maxItems\": 2, \"items\": { \"type\": \"string\" } } } },");

        var generated = GeneratedAssembly.Compile(GeneratorHarness.Run(schema));

        Assert.Equal(generated.Type("SendWelcomeMsgRequestTracking"), generated.Type("SendWelcomeMsgRequest").GetProperty("Tracking")!.PropertyType);
        Assert.Equal(["Qr", "Link"], Enum.GetNames(generated.Type("SendWelcomeMsgRequestTrackingSource")));
        var violation = Assert.Single(generated.Validate("SendWelcomeMsgRequest", """{"welcome_code":"c","text":{"content":"hi"},"tracking":{"source":"qr","tags":["a","b","c"]}}""").Violations);
        Assert.Equal(("$.tracking.tags", ContractRule.MaxItems), (violation.Path, violation.Rule));
    }

    [Fact]
    public void A_second_endpoint_adds_a_descriptor_and_a_client_method()
    {
        var schema = SchemaEdits.Replace(
            "  \"$defs\": {",
            "  \"$defs\": {\n    \"DeleteTemplateRequest\": { \"type\": \"object\", \"required\": [\"template_id\"], \"properties\": { \"template_id\": { \"type\": \"string\", \"minLength\": 1 }, \"agentid\": { \"type\": \"integer\" } } },");
        schema = SchemaEdits.Replace(
            schema,
            "  \"x-wecom-endpoints\": {",
            "  \"x-wecom-endpoints\": {\n    \"DeleteGroupWelcomeTemplate\": { \"method\": \"POST\", \"path\": \"/cgi-bin/externalcontact/group_welcome_template/del\", \"auth\": { \"in\": \"query\", \"name\": \"access_token\" }, \"request\": { \"$ref\": \"#/$defs/DeleteTemplateRequest\" }, \"response\": { \"$ref\": \"#/$defs/SendWelcomeMsgResponse\" } },");

        var generated = GeneratedAssembly.Compile(GeneratorHarness.Run(schema));

        var descriptor = generated.Type("ExternalContactEndpoints").GetProperty("DeleteGroupWelcomeTemplate")!.GetValue(null)!;
        Assert.Equal("POST /cgi-bin/externalcontact/group_welcome_template/del (DeleteGroupWelcomeTemplate)", descriptor.ToString());
        Assert.Null(descriptor.GetType().GetProperty("GetCredential")!.GetValue(descriptor));
        var method = generated.Type("ExternalContactClientExtensions").GetMethod("DeleteGroupWelcomeTemplateAsync")!;
        Assert.Equal(generated.Type("DeleteTemplateRequest"), method.GetParameters()[1].ParameterType);
        Assert.NotNull(generated.Type("ExternalContactClientExtensions").GetMethod("SendWelcomeMsgAsync"));
    }
}
