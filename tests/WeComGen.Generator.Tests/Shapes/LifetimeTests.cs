using System.Collections;
using System.Reflection;
using System.Text.Json;
using WeComGen.Endpoints;
using WeComGen.Generator.Tests.Infrastructure;
using WeComGen.Media;
using WeComGen.Uploads;

namespace WeComGen.Generator.Tests.Shapes;

/// <summary>
/// <c>x-wecom-valid-for</c> reaches the endpoint descriptor's <c>Lifetimes</c> (a media_id lives three days from its
/// <c>created_at</c>; an image URL is permanent), and a file part that needs nothing but its file and chooser gets
/// <c>NewRequest</c>: what an upload of one file needs, read from the schema alone.
/// </summary>
public class LifetimeTests
{
    [Fact]
    public void Upload_medias_media_id_lives_three_days_from_its_created_at()
    {
        var lifetime = Assert.Single(MediaEndpoints.UploadMedia.Lifetimes);
        var response = JsonSerializer.Deserialize(NeighbourExamples.UploadMedia, MediaJsonContext.Default.UploadMediaResponse)!;

        Assert.Equal(("media_id", TimeSpan.FromDays(3), "created_at"), (lifetime.Member, lifetime.ValidFor, lifetime.ValidFrom));
        Assert.Equal(response.MediaId, lifetime.GetValue(response));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1380000000), lifetime.GetValidFrom!(response));
    }

    [Fact]
    public void An_answer_without_created_at_or_with_one_no_calendar_holds_has_no_start()
    {
        var lifetime = MediaEndpoints.UploadMedia.Lifetimes[0];

        Assert.Null(lifetime.GetValidFrom!(new UploadMediaResponse { ErrCode = MediaErrorCode.Ok }));
        Assert.Null(lifetime.GetValidFrom!(new UploadMediaResponse { ErrCode = MediaErrorCode.Ok, CreatedAt = long.MaxValue }));
    }

    [Fact]
    public void Upload_images_url_is_permanent()
    {
        var lifetime = Assert.Single(MediaEndpoints.UploadImage.Lifetimes);

        Assert.Equal(("url", null, null, null), (lifetime.Member, lifetime.ValidFor, lifetime.ValidFrom, lifetime.GetValidFrom));
    }

    [Fact]
    public void Responses_without_the_keyword_have_no_lifetimes()
    {
        Assert.Empty(WeComGen.ExternalContact.ExternalContactEndpoints.SendWelcomeMsg.Lifetimes);
    }

    [Theory]
    [InlineData("PT20S", 20)]
    [InlineData("P1DT12H", 36 * 3600)]
    [InlineData("P2W", 14 * 24 * 3600)]
    public void A_changed_duration_changes_the_metadata(string duration, int seconds)
    {
        var schema = SchemaEdits.Replace(GeneratorHarness.MediaSchema, "\"duration\": \"P3D\"", $"\"duration\": \"{duration}\"");

        var lifetime = Lifetimes(GeneratedAssembly.Compile(GeneratorHarness.Run(schema)).Assembly, "UploadMedia").Single();

        Assert.Equal(TimeSpan.FromSeconds(seconds), Get<TimeSpan?>(lifetime, "ValidFor"));
    }

    [Fact]
    public void Without_from_a_lifetime_counts_from_the_answer()
    {
        var schema = SchemaEdits.Replace(GeneratorHarness.MediaSchema, "\"duration\": \"P3D\", \"from\": \"created_at\"", "\"duration\": \"P3D\"");

        var lifetime = Lifetimes(GeneratedAssembly.Compile(GeneratorHarness.Run(schema)).Assembly, "UploadMedia").Single();

        Assert.Equal((TimeSpan.FromDays(3), null, null), (Get<TimeSpan?>(lifetime, "ValidFor"), Get<string?>(lifetime, "ValidFrom"), Get<Delegate?>(lifetime, "GetValidFrom")));
    }

    [Fact]
    public void A_file_part_gets_a_request_of_its_file_with_the_variant_chosen_by_its_wire_value()
    {
        using var content = new MemoryStream([1, 2, 3, 4, 5, 6]);
        var file = WeComFile.FromStream(content, "a.mp4");

        var media = MediaEndpoints.UploadMedia.FileParts[0].NewRequest!(file, "video")!;
        var image = MediaEndpoints.UploadImage.FileParts[0].NewRequest!(file, null)!;

        Assert.Equal((MediaType.Video, file), (media.Type, media.Media));
        Assert.Same(file, image.Media);
        Assert.Null(MediaEndpoints.UploadMedia.FileParts[0].NewRequest!(file, "gif"));
        Assert.Null(MediaEndpoints.UploadMedia.FileParts[0].NewRequest!(file, null));
    }

    [Fact]
    public void A_file_part_whose_request_needs_more_than_its_file_gets_no_request_factory()
    {
        var alone = GeneratedAssembly.Compile(GeneratorHarness.Run(WarehouseSchema.Text)).Assembly;
        var needsNote = GeneratedAssembly.Compile(GeneratorHarness.Run(SchemaEdits.Replace(WarehouseSchema.Text, "\"required\": [\"format\", \"label\"]", "\"required\": [\"format\", \"label\", \"note\"]"))).Assembly;

        Assert.NotNull(Get<Delegate?>(FileParts(alone, "UploadLabel").Single(), "NewRequest"));
        Assert.Null(Get<Delegate?>(FileParts(needsNote, "UploadLabel").Single(), "NewRequest"));
    }

    private static IEnumerable<object> Lifetimes(Assembly assembly, string endpoint) => ((IEnumerable)Get<object>(Descriptor(assembly, "WeComGen.Media.MediaEndpoints", endpoint), "Lifetimes")).Cast<object>();

    private static IEnumerable<object> FileParts(Assembly assembly, string endpoint) => ((IEnumerable)Get<object>(Descriptor(assembly, "Acme.Warehouse.WarehouseEndpoints", endpoint), "FileParts")).Cast<object>();

    private static object Descriptor(Assembly assembly, string type, string endpoint) => assembly.GetType(type, throwOnError: true)!.GetProperty(endpoint)!.GetValue(null)!;

    private static T Get<T>(object owner, string property) => (T)owner.GetType().GetProperty(property)!.GetValue(owner)!;
}
