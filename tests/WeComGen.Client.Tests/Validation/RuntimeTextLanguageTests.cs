using WeComGen.Endpoints;
using WeComGen.ExternalContact;
using WeComGen.Validation;

namespace WeComGen.Client.Tests.Validation;

/// <summary>
/// What the runtime writes around a violation's message (its line, a valid result, a failed call, an API error) is in
/// the message's language: Chinese under zh-Hans, English otherwise. Names (rules, paths, endpoints) stay as written.
/// </summary>
public sealed class RuntimeTextLanguageTests
{
    private static readonly ErrorCodeInfo InvalidSecret = new(40001, "InvalidCredential", "invalid credential", "The corp secret is not valid.", ErrorAction.Configuration, "check the app's Secret");

    private static ValidationResult TooManyAttachments() =>
        new SendWelcomeMsgRequest { WelcomeCode = "CALLBACK_CODE", Attachments = [.. Enumerable.Repeat(Attachment.CreateImage(mediaId: "MEDIA_ID"), 10)] }.Validate();

    private static ValidationResult BothImageSources() =>
        new SendWelcomeMsgRequest { WelcomeCode = "CALLBACK_CODE", Attachments = [new Attachment { MsgType = AttachmentType.Image, Image = new ImageAttachment { MediaId = "MEDIA_ID", PicUrl = "https://p.qpic.cn/0" } }] }.Validate();

    [Fact]
    public void Under_zh_Hans_a_violations_line_is_Chinese_around_its_names()
    {
        using var chinese = Translations.UICulture(Translations.Chinese);

        Assert.Equal("错误 MaxItems，位于 $.attachments：$.attachments 有 10 个元素，契约最多允许 9 个", TooManyAttachments().ToString());
        Assert.StartsWith("提示 Ignored，位于 $.attachments[0].image.pic_url：", BothImageSources().ToString(), StringComparison.Ordinal);
        Assert.Equal("有效", ValidationResult.Valid.ToString());
    }

    [Fact]
    public void Under_English_a_violations_line_is_as_it_always_was()
    {
        using var english = Translations.UICulture(Translations.English);

        Assert.Equal("Error MaxItems at $.attachments: $.attachments has 10 items; the contract allows at most 9", TooManyAttachments().ToString());
        Assert.StartsWith("Info Ignored at $.attachments[0].image.pic_url: ", BothImageSources().ToString(), StringComparison.Ordinal);
        Assert.Equal("valid", ValidationResult.Valid.ToString());
    }

    [Fact]
    public void Under_zh_Hans_the_exception_lists_Chinese_lines()
    {
        using var chinese = Translations.UICulture(Translations.Chinese);

        var exception = Assert.Throws<ContractViolationException>(() => TooManyAttachments().ThrowIfInvalid());

        Assert.Equal("该值违反了契约：\n  错误 MaxItems，位于 $.attachments：$.attachments 有 10 个元素，契约最多允许 9 个", exception.Message);
    }

    [Fact]
    public void Under_zh_Hans_a_failed_call_says_what_happened_in_Chinese()
    {
        using var chinese = Translations.UICulture(Translations.Chinese);
        var error = new ApiError("gettoken", 40001, "invalid credential", ErrorAction.Configuration, InvalidSecret);

        Assert.Equal("gettoken 返回错误码 40001 (invalid credential): The corp secret is not valid. 解决办法：check the app's Secret。", error.ToString());
        Assert.Equal("配置有误：" + error, new WeComFailure.Misconfigured(error).Message);
        Assert.Equal("尝试 3 次后放弃：服务器繁忙：" + error, new WeComFailure.RetriesExhausted(3, new WeComFailure.ServerBusy(error)).Message);
        Assert.Equal("请求违反了契约，未发送：\n错误 MaxItems，位于 $.attachments：$.attachments 有 10 个元素，契约最多允许 9 个", new WeComFailure.InvalidRequest(TooManyAttachments()).Message);
        Assert.Equal("事件凭据 CALL…CODE 只能使用一次，本客户端的另一个调用正在发送它。", new WeComFailure.CredentialAlreadyUsed("CALL…CODE", InFlight: true).Message);
        Assert.Equal(
            "事件凭据 CALL…CODE 的有效窗口已于 2026-12-02T03:00:00.0000000+00:00 关闭，未发送。",
            new WeComFailure.DeadlinePassed("CALL…CODE", new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero), null).Message);
    }

    [Fact]
    public void Under_English_a_failed_call_is_worded_as_it_always_was()
    {
        using var english = Translations.UICulture(Translations.English);
        var error = new ApiError("gettoken", 40001, "invalid credential", ErrorAction.Configuration, InvalidSecret);

        Assert.Equal("gettoken answered errcode 40001 (invalid credential): The corp secret is not valid. Fix: check the app's Secret.", error.ToString());
        Assert.Equal("Configuration problem: " + error, new WeComFailure.Misconfigured(error).Message);
        Assert.Equal("Gave up after 3 attempt(s): Server busy: " + error, new WeComFailure.RetriesExhausted(3, new WeComFailure.ServerBusy(error)).Message);
        Assert.Equal(
            "The window of event code CALL…CODE closed at 2026-12-02T03:00:00.0000000+00:00; the last attempt failed: Server busy: " + error,
            new WeComFailure.DeadlinePassed("CALL…CODE", new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero), new WeComFailure.ServerBusy(error)).Message);
    }
}
