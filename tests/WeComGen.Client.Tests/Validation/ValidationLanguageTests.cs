using System.Globalization;
using WeComGen.ExternalContact;
using WeComGen.Validation;

namespace WeComGen.Client.Tests.Validation;

/// <summary>A ValidationResult speaks the language of the process's UI culture: Chinese under zh-Hans, English otherwise.</summary>
public sealed class ValidationLanguageTests
{
    private static readonly string TooLongText = new string('中', 1333) + "xy"; // 4,001 bytes, 1,335 characters

    // Breaks a rule of each kind the welcome contract has: item count, UTF-8 bytes, a discriminator, a hint, a required
    // member, an at-least-one group, and its precedence.
    private static SendWelcomeMsgRequest Broken() => new()
    {
        WelcomeCode = "CALLBACK_CODE",
        Text = new Text { Content = TooLongText },
        Attachments =
        [
            new Attachment { MsgType = AttachmentType.Image, Link = new LinkAttachment { Title = "标题", Url = "example.com" } },
            new Attachment { MsgType = AttachmentType.Image, Image = new ImageAttachment { MediaId = "MEDIA_ID", PicUrl = "https://p.qpic.cn/0" } },
            new Attachment { MsgType = AttachmentType.Image, Image = new ImageAttachment() },
            .. Enumerable.Repeat(Attachment.CreateImage(mediaId: "MEDIA_ID"), 7),
        ],
    };

    [Fact]
    public void Under_zh_Hans_every_message_is_Chinese()
    {
        using var chinese = Translations.UICulture(Translations.Chinese);

        Assert.Equal(
            [
                "$.text.content 为 4001 字节（UTF-8 编码，1335 个字符），契约最多允许 4000 字节",
                "$.attachments 有 10 个元素，契约最多允许 9 个",
                "$.attachments[0].link.url 的值看起来有误：url must be an absolute http or https URL",
                "$.attachments[0].msgtype 为 \"image\"，但设置的是 link 载荷",
                "$.attachments[1].image 同时设置了 media_id 和 pic_url，将使用 media_id，忽略 pic_url",
                "$.attachments[2].image 未设置 media_id, pic_url 中的任何一个，契约要求至少设置一个",
            ],
            Broken().Validate().Violations.Select(v => v.Message));
    }

    [Fact]
    public void Under_English_the_messages_are_as_they_always_were()
    {
        using var english = Translations.UICulture(Translations.English);

        Assert.Equal(
            [
                "$.text.content is 4001 UTF-8 bytes (1335 characters); the contract allows at most 4000 bytes",
                "$.attachments has 10 items; the contract allows at most 9",
                "$.attachments[0].link.url looks wrong: url must be an absolute http or https URL",
                "$.attachments[0].msgtype is \"image\" but the link payload is set",
                "$.attachments[1].image sets both media_id and pic_url; media_id is used and pic_url is ignored",
                "$.attachments[2].image sets none of media_id, pic_url; the contract requires at least one",
            ],
            Broken().Validate().Violations.Select(v => v.Message));
    }

    [Theory]
    [InlineData("zh-CN")] // its parent is zh-Hans
    [InlineData("zh-Hans-SG")]
    public void A_simplified_Chinese_region_gets_Chinese(string culture)
    {
        using var region = Translations.UICulture(CultureInfo.GetCultureInfo(culture));

        Assert.Equal("$.attachments 有 10 个元素，契约最多允许 9 个", Message(ContractRule.MaxItems));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("zh-TW")] // traditional Chinese has no translation yet
    [InlineData("")]
    public void A_language_without_a_translation_gets_English(string culture)
    {
        using var other = Translations.UICulture(CultureInfo.GetCultureInfo(culture));

        Assert.Equal("$.attachments has 10 items; the contract allows at most 9", Message(ContractRule.MaxItems));
    }

    [Fact]
    public void The_exception_says_it_in_the_same_language()
    {
        using var chinese = Translations.UICulture(Translations.Chinese);

        var exception = Assert.Throws<ContractViolationException>(() => Broken().Validate().ThrowIfInvalid());

        Assert.StartsWith("该值违反了契约：\n", exception.Message, StringComparison.Ordinal);
        Assert.Contains("$.attachments 有 10 个元素，契约最多允许 9 个", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_is_the_one_current_when_the_value_is_validated()
    {
        ValidationResult result;
        using (Translations.UICulture(Translations.Chinese))
        {
            result = Broken().Validate();
        }

        using var english = Translations.UICulture(Translations.English);
        Assert.StartsWith("$.text.content 为 4001 字节", result.Violations[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("$.text.content is 4001 UTF-8 bytes", Broken().Validate().Violations[0].Message, StringComparison.Ordinal);
    }

    private static string Message(ContractRule rule) => Broken().Validate().Violations.Single(v => v.Rule == rule).Message;
}
