using System.Text.Json;
using System.Text.Json.Nodes;
using WeComGen.ExternalContact;
using WeComGen.Media;

namespace WeComGen.Generator.Tests.Shapes;

/// <summary>
/// The shipped schemas' responses read the examples, nested objects and arrays of objects included, and write them
/// back as the wire has them; unknown members and unlisted enum values are read, never rejected.
/// </summary>
public class ShippedResponseTests
{
    [Fact]
    public void The_composed_customer_example_reads_into_nested_objects_and_arrays_of_objects()
    {
        var response = JsonSerializer.Deserialize(NeighbourExamples.Customer, CustomerJsonContext.Default.GetExternalContactResponse)!;

        Assert.Equal(CustomerErrorCode.Ok, response.ErrCode);
        var contact = response.ExternalContact!;
        Assert.Equal((ExternalContactType.WeCom, Gender.Male, "腾讯科技有限公司"), (contact.Type, contact.Gender, contact.CorpFullName));
        var attributes = contact.ExternalProfile!.ExternalAttributes!;
        Assert.Equal([ExternalAttributeType.Text, ExternalAttributeType.Web, ExternalAttributeType.MiniProgram], attributes.Select(a => a.Type!.Value));
        Assert.Equal("文本", attributes[0].Text!.Value);
        Assert.Equal("https://www.example.com", attributes[1].Web!.Url);
        Assert.Equal("/index", attributes[2].MiniProgram!.PagePath);
        var (rocky, tommy) = (response.FollowUser![0], response.FollowUser[1]);
        Assert.Equal(1525779812L, rocky.CreateTime);
        Assert.Equal([TagType.Corp, TagType.Personal], rocky.Tags!.Select(t => t.Type!.Value));
        Assert.Null(rocky.Tags![1].TagId);
        Assert.Equal(["13800000001", "13000000002"], rocky.RemarkMobiles!);
        Assert.Equal((AddWay.QrCode, AddWay.WeChatChannels), (rocky.AddWay, tommy.AddWay));
        Assert.Equal(WeChatChannelsSource.ChannelHomepage, tommy.WeChatChannels!.Source);
        Assert.Empty(tommy.Tags!);
        Assert.Equal(string.Empty, response.NextCursor);
    }

    [Fact]
    public void The_composed_customer_example_round_trips_member_for_member()
    {
        var response = JsonSerializer.Deserialize(NeighbourExamples.Customer, CustomerJsonContext.Default.GetExternalContactResponse)!;

        AssertSameJson(NeighbourExamples.Customer, JsonSerializer.Serialize(response, CustomerJsonContext.Default.GetExternalContactResponse));
    }

    [Fact]
    public void Unlisted_enum_values_are_read_and_kept_as_their_numbers()
    {
        var json = NeighbourExamples.Customer
            .Replace("\"type\": 2,", "\"type\": 3,", StringComparison.Ordinal)
            .Replace("\"gender\": 1", "\"gender\": 9", StringComparison.Ordinal)
            .Replace("\"add_way\": 10", "\"add_way\": 30", StringComparison.Ordinal)
            .Replace("\"source\": 1", "\"source\": 4", StringComparison.Ordinal);

        var response = JsonSerializer.Deserialize(json, CustomerJsonContext.Default.GetExternalContactResponse)!;

        Assert.Equal(3, (int)response.ExternalContact!.Type!.Value);
        Assert.Equal(9, (int)response.ExternalContact.Gender!.Value);
        Assert.Equal(30, (int)response.FollowUser![1].AddWay!.Value);
        Assert.Equal(4, (int)response.FollowUser[1].WeChatChannels!.Source!.Value);
        AssertSameJson(json, JsonSerializer.Serialize(response, CustomerJsonContext.Default.GetExternalContactResponse));
    }

    [Fact]
    public void Unknown_members_are_skipped_at_every_depth()
    {
        var json = NeighbourExamples.Customer
            .Replace("\"name\": \"李四\",", "\"name\": \"李四\", \"wechat_channels\": {\"nickname\": \"n\", \"status\": 1}, \"new_list\": [1, {\"a\": []}],", StringComparison.Ordinal)
            .Replace("\"next_cursor\": \"\"", "\"next_cursor\": \"\", \"extra\": {\"deep\": [{\"x\": null}]}", StringComparison.Ordinal);

        var response = JsonSerializer.Deserialize(json, CustomerJsonContext.Default.GetExternalContactResponse)!;

        Assert.Equal("李四", response.ExternalContact!.Name);
        Assert.Equal(2, response.FollowUser!.Count);
    }

    [Fact]
    public void A_channel_source_sent_as_a_string_of_digits_is_read_as_its_number()
    {
        var json = NeighbourExamples.Customer.Replace("\"source\": 1", "\"source\": \"2\"", StringComparison.Ordinal);

        var response = JsonSerializer.Deserialize(json, CustomerJsonContext.Default.GetExternalContactResponse)!;

        Assert.Equal(WeChatChannelsSource.LiveRoom, response.FollowUser![1].WeChatChannels!.Source);
    }

    [Fact]
    public void An_error_answer_with_empty_members_reads_its_code()
    {
        var response = JsonSerializer.Deserialize(NeighbourExamples.CustomerError, CustomerJsonContext.Default.GetExternalContactResponse)!;

        Assert.Equal(CustomerErrorCode.NoPrivilege, response.ErrCode);
        Assert.NotNull(response.ExternalContact);
        Assert.Empty(response.FollowUser!);
    }

    [Fact]
    public void Upload_medias_created_at_is_read_from_its_string_and_written_back_as_a_string()
    {
        var response = JsonSerializer.Deserialize(NeighbourExamples.UploadMedia, MediaJsonContext.Default.UploadMediaResponse)!;

        Assert.Equal(1380000000L, response.CreatedAt);
        Assert.Equal(string.Empty, response.ErrMsg);
        AssertSameJson(NeighbourExamples.UploadMedia, JsonSerializer.Serialize(response, MediaJsonContext.Default.UploadMediaResponse));
    }

    [Fact]
    public void Created_at_sent_as_a_number_is_read_too()
    {
        var json = NeighbourExamples.UploadMedia.Replace("\"1380000000\"", "1380000000", StringComparison.Ordinal);

        Assert.Equal(1380000000L, JsonSerializer.Deserialize(json, MediaJsonContext.Default.UploadMediaResponse)!.CreatedAt);
    }

    [Theory]
    [InlineData("\"13800x\"")]
    [InlineData("\"\"")]
    [InlineData("true")]
    public void Created_at_that_is_not_a_number_is_a_JsonException_naming_its_path(string value)
    {
        var json = NeighbourExamples.UploadMedia.Replace("\"1380000000\"", value, StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, MediaJsonContext.Default.UploadMediaResponse));
        Assert.Equal("$.created_at", error.Path);
    }

    [Fact]
    public void Upload_images_example_reads_its_url_and_round_trips()
    {
        var response = JsonSerializer.Deserialize(NeighbourExamples.UploadImage, MediaJsonContext.Default.UploadImageResponse)!;

        Assert.StartsWith("http://p.qpic.cn/pic_wework/", response.Url, StringComparison.Ordinal);
        AssertSameJson(NeighbourExamples.UploadImage, JsonSerializer.Serialize(response, MediaJsonContext.Default.UploadImageResponse));
    }

    private static void AssertSameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}\nactual {actual}");
}
