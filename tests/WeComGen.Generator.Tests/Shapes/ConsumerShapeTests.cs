using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using WeComGen.Client;
using WeComGen.Endpoints;
using WeComGen.Generator.Tests.Infrastructure;
using WeComGen.Tokens;
using WeComGen.Uploads;
using WeComGen.Validation;

namespace WeComGen.Generator.Tests.Shapes;

/// <summary>
/// A project's own schema (<see cref="WarehouseSchema"/>) reaches GET, query members and multipart uploads by editing
/// the schema alone: the generated descriptors say the method, how the body travels, the query pairs and the file
/// parts with their rules, and the client puts them on the wire.
/// </summary>
public class ConsumerShapeTests
{
    private static readonly Lazy<Assembly> Generated = new(() => GeneratedAssembly.Compile(GeneratorHarness.Run(WarehouseSchema.Text)).Assembly);

    [Fact]
    public void A_GET_endpoint_has_no_body_and_puts_every_member_in_the_query_in_schema_order_formatted_as_the_wire_carries_it()
    {
        var descriptor = Descriptor("FindParcels");
        var request = Request("FindParcelsRequest", ("Owner", "acme"), ("MaxWeight", 1500), ("Express", true), ("Size", Enum("Size", "ExtraLarge")), ("Zone", Enum("Zone", "South")), ("PageToken", "t 1"));

        Assert.Equal(("GET", RequestBody.None), (Get<string>(descriptor, "Method"), Get<RequestBody>(descriptor, "Body")));
        Assert.Equal(
            [Pair("owner", "acme"), Pair("max_weight", "1500"), Pair("express", "true"), Pair("size", "extra-large"), Pair("zone", "2"), Pair("page_token", "t 1")],
            Query(descriptor, request));
        Assert.Empty(Get<System.Collections.IEnumerable>(descriptor, "FileParts").Cast<object>());
    }

    [Fact]
    public void Unset_optional_query_members_are_null_pairs_the_runtime_leaves_out()
    {
        var request = Request("FindParcelsRequest", ("Owner", "acme"));

        Assert.Equal([Pair("owner", "acme"), Pair("max_weight", null), Pair("express", null), Pair("size", null), Pair("zone", null), Pair("page_token", null)], Query(Descriptor("FindParcels"), request));
    }

    [Fact]
    public void An_unlisted_integer_enum_value_travels_as_its_number()
    {
        var request = Request("FindParcelsRequest", ("Owner", "acme"), ("Zone", System.Enum.ToObject(Type("Zone"), 7)));

        Assert.Contains(Pair("zone", "7"), Query(Descriptor("FindParcels"), request));
    }

    [Fact]
    public void Query_members_are_validated_like_body_members()
    {
        var request = Request("FindParcelsRequest", ("Owner", "A"));

        var result = (ValidationResult)request.GetType().GetMethod("Validate")!.Invoke(request, [ViolationSeverity.Info])!;

        Assert.Equal(["$.owner", "$.owner"], result.Violations.Select(v => v.Path));
    }

    [Fact]
    public void A_multipart_endpoint_names_its_part_and_chooses_the_rule_by_the_query_member()
    {
        var descriptor = Descriptor("UploadLabel");
        var file = WeComFile.FromStream(new MemoryStream(new byte[20]), "label.png", "image/png");
        var png = Request("UploadLabelRequest", ("Format", Enum("LabelFormat", "Png")), ("Label", file), ("Note", "fragile"));
        var pdf = Request("UploadLabelRequest", ("Format", Enum("LabelFormat", "Pdf")), ("Label", file));
        var unknown = Request("UploadLabelRequest", ("Format", System.Enum.ToObject(Type("LabelFormat"), 9)), ("Label", file));

        Assert.Equal(RequestBody.Multipart, Get<RequestBody>(descriptor, "Body"));
        Assert.Equal([Pair("format", "png"), Pair("note", "fragile")], Query(descriptor, png));
        var part = Assert.Single(Get<System.Collections.IEnumerable>(descriptor, "FileParts").Cast<object>());
        Assert.Equal(("label_file", "label"), (Get<string>(part, "Name"), Get<string>(part, "Member")));
        Assert.Same(file, Invoke(part, "GetFile", png));
        var pngRule = (FileRule)Invoke(part, "GetRule", png)!;
        Assert.Equal((10L, 500L, "format png"), (pngRule.MinBytes, pngRule.MaxBytes, pngRule.Variant));
        Assert.Equal(["image/png"], pngRule.ContentTypes);
        var pdfRule = (FileRule)Invoke(part, "GetRule", pdf)!;
        Assert.Equal((10L, 1000L, "format pdf"), (pdfRule.MinBytes, pdfRule.MaxBytes, pdfRule.Variant));
        Assert.Equal(["application/pdf"], pdfRule.ContentTypes);
        Assert.Null(Invoke(part, "GetRule", unknown));
    }

    [Fact]
    public void A_chooser_value_with_no_rule_is_reported_by_the_validator_and_a_known_one_is_not()
    {
        var file = WeComFile.FromStream(new MemoryStream(new byte[20]), "label.png", "image/png");
        var unknown = Request("UploadLabelRequest", ("Format", System.Enum.ToObject(Type("LabelFormat"), 9)), ("Label", file));
        var png = Request("UploadLabelRequest", ("Format", Enum("LabelFormat", "Png")), ("Label", file));

        var violation = Assert.Single(Validate(unknown).Violations);
        Assert.Equal(("$.format", ViolationSeverity.Error), (violation.Path, violation.Severity));
        Assert.Empty(Validate(png).Violations);
    }

    [Fact]
    public void A_missing_file_is_a_required_violation_and_no_request_member_is_in_the_JSON_body()
    {
        var request = Request("UploadLabelRequest", ("Format", Enum("LabelFormat", "Pdf")));

        var result = (ValidationResult)request.GetType().GetMethod("Validate")!.Invoke(request, [ViolationSeverity.Info])!;

        Assert.Equal("$.label", Assert.Single(result.Violations).Path);
        Assert.Equal("{}", Serialize("UploadLabelRequest", request));
    }

    [Fact]
    public void A_JSON_endpoint_keeps_its_query_member_out_of_the_body()
    {
        var descriptor = Descriptor("ShipParcel");
        var request = Request("ShipParcelRequest", ("ParcelId", "P1"), ("DryRun", false));

        Assert.Equal(RequestBody.Json, Get<RequestBody>(descriptor, "Body"));
        Assert.Equal([Pair("dry_run", "false")], Query(descriptor, request));
        Assert.Equal("""{"parcel_id":"P1"}""", Serialize("ShipParcelRequest", request));
        Assert.NotNull(request.GetType().GetProperty("DryRun")!.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>());
    }

    [Fact]
    public async Task The_generated_upload_puts_its_query_and_its_file_part_on_the_wire()
    {
        var image = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4 };
        var request = Request("UploadLabelRequest", ("Format", Enum("LabelFormat", "Png")), ("Label", WeComFile.FromStream(new MemoryStream(image), "标签.png", "image/png")), ("Note", "fragile & dry"));
        var wire = new RecordingServer();
        var client = new WeComClient(new HttpClient(wire), new FixedToken(), new WeComClientOptions { CorpId = "corp", Secret = "secret" });

        var send = typeof(WeComClient).GetMethod(nameof(WeComClient.SendAsync))!.MakeGenericMethod(Type("UploadLabelRequest"), Type("Answer"));
        await (Task)send.Invoke(client, [Descriptor("UploadLabel"), request, CancellationToken.None])!;

        Assert.Equal("POST https://warehouse.example/api/labels?access_token=TOKEN&format=png&note=fragile%20%26%20dry", wire.RequestLine);
        var boundary = wire.ContentType!.Substring("multipart/form-data; boundary=".Length).Trim('"');
        var expected = Encoding.UTF8.GetBytes(
                $"--{boundary}\r\nContent-Disposition: form-data; name=\"label_file\"; filename=\"标签.png\"; filelength=12\r\nContent-Type: image/png\r\n\r\n")
            .Concat(image).Concat(Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n"));
        Assert.Equal(expected, wire.Body);
    }

    /// <summary>Records the one request it gets and answers success.</summary>
    private sealed class RecordingServer : HttpMessageHandler
    {
        public string? RequestLine { get; private set; }

        public string? ContentType { get; private set; }

        public byte[]? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            RequestLine = request.Method + " " + request.RequestUri!.AbsoluteUri;
            ContentType = request.Content!.Headers.ContentType!.ToString();
            Body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("""{"errcode":0,"errmsg":"ok"}""", Encoding.UTF8, "application/json") };
        }
    }

    private sealed class FixedToken : IAccessTokenSource
    {
        public ValueTask<AccessTokenResult> GetAsync(CancellationToken cancellationToken) =>
            new(AccessTokenResult.Issued(new AccessToken("TOKEN", DateTimeOffset.UtcNow.AddHours(2))));

        public void Invalidate(AccessToken rejected)
        {
        }
    }

    private static ValidationResult Validate(object request) =>
        (ValidationResult)request.GetType().GetMethod("Validate")!.Invoke(request, [ViolationSeverity.Info])!;

    private static Type Type(string name) => Generated.Value.GetType("Acme.Warehouse." + name, throwOnError: true)!;

    private static object Enum(string type, string member) => System.Enum.Parse(Type(type), member);

    private static object Descriptor(string endpoint) => Type("WarehouseEndpoints").GetProperty(endpoint)!.GetValue(null)!;

    private static object Request(string type, params (string Property, object Value)[] values)
    {
        var request = Activator.CreateInstance(Type(type))!;
        foreach (var (property, value) in values)
        {
            request.GetType().GetProperty(property)!.SetValue(request, value);
        }

        return request;
    }

    private static T Get<T>(object owner, string property) => (T)owner.GetType().GetProperty(property)!.GetValue(owner)!;

    private static object? Invoke(object owner, string property, object argument) => Get<Delegate>(owner, property).DynamicInvoke(argument);

    private static KeyValuePair<string, string?>[] Query(object descriptor, object request) => (KeyValuePair<string, string?>[])Invoke(descriptor, "GetQuery", request)!;

    private static KeyValuePair<string, string?> Pair(string name, string? value) => new(name, value);

    private static string Serialize(string type, object value)
    {
        var context = Type("WarehouseJsonContext").GetProperty("Default")!.GetValue(null)!;
        return JsonSerializer.Serialize(value, (JsonTypeInfo)context.GetType().GetProperty(type)!.GetValue(context)!);
    }
}
