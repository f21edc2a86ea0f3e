using WeComGen.ExternalContact;
using WeComGen.Validation;

namespace WeComGen.Generator.Tests;

/// <summary>The generated validators enforce every rule of the contract and report every violation with its path.</summary>
public class ValidationTests
{
    private static SendWelcomeMsgRequest WithText(string content) =>
        new() { WelcomeCode = "CALLBACK_CODE", Text = new Text { Content = content } };

    private static SendWelcomeMsgRequest WithAttachments(params Attachment[] attachments) =>
        new() { WelcomeCode = "CALLBACK_CODE", Attachments = [.. attachments] };

    [Fact]
    public void The_pages_example_is_valid_with_one_info_for_the_ignored_pic_url()
    {
        var request = System.Text.Json.JsonSerializer.Deserialize(PageExample.Request, ExternalContactJsonContext.Default.SendWelcomeMsgRequest)!;
        var result = request.Validate();
        Assert.True(result.IsValid);
        var info = Assert.Single(result.Violations);
        Assert.Equal(new ContractViolation(
            "$.attachments[0].image.pic_url",
            ContractRule.Ignored,
            "media_id",
            "pic_url",
            "$.attachments[0].image sets both media_id and pic_url; media_id is used and pic_url is ignored",
            ViolationSeverity.Info), info);
    }

    [Theory]
    [InlineData(1333, true)]
    [InlineData(1334, false)]
    public void Text_content_is_limited_to_4000_UTF8_bytes_with_Chinese_text(int characters, bool valid)
    {
        var result = WithText(new string('字', characters)).Validate();
        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            var violation = Assert.Single(result.Violations);
            Assert.Equal(("$.text.content", ContractRule.MaxUtf8Bytes, "4000", "4002"), (violation.Path, violation.Rule, violation.Limit, violation.Actual));
            Assert.Equal("$.text.content is 4002 UTF-8 bytes (1334 characters); the contract allows at most 4000 bytes", violation.Message);
        }
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(4001, false)]
    public void Text_content_is_limited_to_4000_UTF8_bytes_with_ASCII_text(int characters, bool valid) =>
        Assert.Equal(valid, WithText(new string('a', characters)).Validate().IsValid);

    [Fact]
    public void A_supplementary_character_counts_four_bytes()
    {
        Assert.True(WithText(string.Concat(Enumerable.Repeat("😀", 1000))).Validate().IsValid);
        Assert.False(WithText(string.Concat(Enumerable.Repeat("😀", 1000)) + "a").Validate().IsValid);
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(10, false)]
    public void At_most_nine_attachments(int count, bool valid)
    {
        var result = WithAttachments(Enumerable.Range(0, count).Select(i => Attachment.CreateVideo("v" + i)).ToArray()).Validate();
        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            var violation = Assert.Single(result.Violations);
            Assert.Equal(("$.attachments", ContractRule.MaxItems, "9", "10"), (violation.Path, violation.Rule, violation.Limit, violation.Actual));
        }
    }

    [Fact]
    public void Text_or_attachments_must_be_set_and_an_empty_list_does_not_count()
    {
        var none = new SendWelcomeMsgRequest { WelcomeCode = "c" }.Validate();
        var empty = WithAttachments().Validate();
        foreach (var result in new[] { none, empty })
        {
            var violation = Assert.Single(result.Violations);
            Assert.Equal(("$", ContractRule.AtLeastOneOf, "text, attachments"), (violation.Path, violation.Rule, violation.Limit));
        }
    }

    [Fact]
    public void The_welcome_code_is_required_and_not_empty()
    {
        var missing = new SendWelcomeMsgRequest { WelcomeCode = null!, Text = new Text { Content = "hi" } }.Validate();
        Assert.Equal(("$.welcome_code", ContractRule.Required), (Assert.Single(missing.Violations).Path, missing.Violations[0].Rule));
        var empty = new SendWelcomeMsgRequest { WelcomeCode = "", Text = new Text { Content = "hi" } }.Validate();
        Assert.Equal(("$.welcome_code", ContractRule.MinLength, "1", "0"), (empty.Violations[0].Path, empty.Violations[0].Rule, empty.Violations[0].Limit, empty.Violations[0].Actual));
    }

    [Fact]
    public void An_image_needs_media_id_or_pic_url()
    {
        var result = WithAttachments(Attachment.CreateImage()).Validate();
        var violation = Assert.Single(result.Violations);
        Assert.Equal(("$.attachments[0].image", ContractRule.AtLeastOneOf), (violation.Path, violation.Rule));
    }

    [Fact]
    public void A_pic_url_off_qpic_cn_is_a_warning_not_an_error()
    {
        var result = WithAttachments(Attachment.CreateImage(picUrl: "https://example.com/a.png")).Validate();
        Assert.True(result.IsValid);
        var violation = Assert.Single(result.Violations);
        Assert.Equal(("$.attachments[0].image.pic_url", ContractRule.Hint, ViolationSeverity.Warning), (violation.Path, violation.Rule, violation.Severity));
    }

    [Fact]
    public void A_link_title_is_limited_to_128_bytes_and_its_description_to_512()
    {
        var result = WithAttachments(Attachment.CreateLink(new string('标', 43), "https://example.com/", description: new string('描', 171))).Validate();
        Assert.Equal(
            [("$.attachments[0].link.title", ContractRule.MaxUtf8Bytes, "129"), ("$.attachments[0].link.desc", ContractRule.MaxUtf8Bytes, "513")],
            result.Violations.Select(v => (v.Path, v.Rule, v.Actual!)));
    }

    [Fact]
    public void A_mini_program_title_is_limited_to_64_bytes_and_its_appid_is_checked()
    {
        var result = WithAttachments(Attachment.CreateMiniProgram(new string('题', 22), "m", "wx123", "/p")).Validate();
        Assert.Equal(
            [("$.attachments[0].miniprogram.title", ContractRule.MaxUtf8Bytes, ViolationSeverity.Error), ("$.attachments[0].miniprogram.appid", ContractRule.Hint, ViolationSeverity.Warning)],
            result.Violations.Select(v => (v.Path, v.Rule, v.Severity)));
    }

    [Theory]
    [InlineData(ViolationSeverity.Error, 1)]
    [InlineData(ViolationSeverity.Warning, 3)]
    [InlineData(ViolationSeverity.Info, 4)]
    public void Validation_reports_the_severities_it_is_asked_for_and_the_same_verdict_at_each(ViolationSeverity mildest, int reported)
    {
        var request = WithAttachments(
            Attachment.CreateMiniProgram(new string('题', 22), "m", "wx123", "/p"),
            Attachment.CreateImage(mediaId: "MEDIA_ID", picUrl: "https://example.com/a.png"));
        var result = request.Validate(mildest);
        Assert.False(result.IsValid);
        Assert.Equal(reported, result.Violations.Count);
        Assert.All(result.Violations, v => Assert.True(v.Severity <= mildest, $"{v.Severity} reported when asked for {mildest} and worse"));
        Assert.Equal(request.Validate().Violations.Where(v => v.Severity <= mildest), result.Violations);
    }

    [Fact]
    public void The_discriminator_must_match_the_one_payload_that_is_set()
    {
        var mismatch = new Attachment { MsgType = AttachmentType.Image, Link = new LinkAttachment { Title = "t", Url = "https://example.com/" } };
        var missing = new Attachment { MsgType = AttachmentType.Video };
        var several = new Attachment { MsgType = AttachmentType.Video, Video = new() { MediaId = "v" }, File = new() { MediaId = "f" } };
        var undefined = new Attachment { MsgType = (AttachmentType)42, Video = new() { MediaId = "v" } };
        var result = WithAttachments(mismatch, missing, several, undefined).Validate();
        Assert.Equal(
            [
                ("$.attachments[0].msgtype", "$.attachments[0].msgtype is \"image\" but the link payload is set"),
                ("$.attachments[1].video", "$.attachments[1].msgtype is \"video\" but its video payload is not set"),
                ("$.attachments[2]", "$.attachments[2] sets several payloads (video, file); the contract allows exactly one"),
                ("$.attachments[3].msgtype", "$.attachments[3].msgtype is \"42\", which the contract does not define"),
            ],
            result.Violations.Select(v => (v.Path, v.Message)));
        Assert.All(result.Violations, v => Assert.Equal(ContractRule.Discriminator, v.Rule));
    }

    [Fact]
    public void Every_violation_is_reported_not_only_the_first()
    {
        var request = new SendWelcomeMsgRequest
        {
            WelcomeCode = "",
            Text = new Text { Content = new string('字', 1334) },
            Attachments =
            [
                .. Enumerable.Range(0, 8).Select(i => Attachment.CreateFile("f" + i)),
                Attachment.CreateLink("", "not a url"),
                Attachment.CreateVideo(""),
                null!,
            ],
        };

        Assert.Equal(
            [
                ("$.welcome_code", ContractRule.MinLength),
                ("$.text.content", ContractRule.MaxUtf8Bytes),
                ("$.attachments", ContractRule.MaxItems),
                ("$.attachments[8].link.title", ContractRule.MinLength),
                ("$.attachments[8].link.url", ContractRule.Hint),
                ("$.attachments[9].video.media_id", ContractRule.MinLength),
                ("$.attachments[10]", ContractRule.Required),
            ],
            request.Validate().Violations.Select(v => (v.Path, v.Rule)));
    }

    [Fact]
    public void The_endpoint_validates_with_the_same_rules()
    {
        var result = ExternalContactEndpoints.SendWelcomeMsg.Validate(WithText(new string('a', 4001)), ViolationSeverity.Info);
        Assert.Equal("$.text.content", Assert.Single(result.Violations).Path);
        Assert.Throws<ContractViolationException>(result.ThrowIfInvalid);
    }
}
