using WeComGen.Emulator.Media;
using WeComGen.Emulator.Tests.Support;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.Tests.Media;

/// <summary>send_welcome_msg takes only media the emulator issued, of the attachment's type, within their three days; else 40007.</summary>
public sealed class WelcomeMediaTests
{
    private static string Welcome(string code, string attachment) =>
        """{"welcome_code":"CODE","text":{"content":"欢迎"},"attachments":[ATTACHMENT]}""".Replace("CODE", code).Replace("ATTACHMENT", attachment);

    private static string Image(string id) => """{"msgtype":"image","image":{"media_id":"ID"}}""".Replace("ID", id);

    private static string Cover(string id) => """{"msgtype":"miniprogram","miniprogram":{"title":"会员中心","pic_media_id":"ID","appid":"wx8bd80126147dfAAA","page":"/index"}}""".Replace("ID", id);

    private static string Video(string id) => """{"msgtype":"video","video":{"media_id":"ID"}}""".Replace("ID", id);

    private static string File(string id) => """{"msgtype":"file","file":{"media_id":"ID"}}""".Replace("ID", id);

    [Fact]
    public async Task Every_kind_of_media_id_the_emulator_issued_is_delivered()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        var image = await harness.UploadMediaAsync("image", Harness.WelcomePng, "welcome.png");
        var video = harness.Emulator.Media.Add([0, 0, 0, 0x18, .. "ftypisom"u8], "intro.mp4", MediaType.Video);
        var file = harness.Emulator.Media.Add("价目表 2026"u8.ToArray(), "价目表.pdf", MediaType.File);
        var body = Welcome(harness.Emulator.IssueWelcomeCode(), string.Join(",", Image(image), Cover(image), Video(video), File(file)));

        Assert.Equal(0, await harness.SendAsync(token, body));
    }

    public static TheoryData<string> UnknownMedia() => new() { Image("MEDIA_ID"), Cover("MEDIA_ID"), Video("MEDIA_ID"), File("MEDIA_ID") };

    [Theory]
    [MemberData(nameof(UnknownMedia))]
    public async Task A_media_id_the_emulator_never_issued_gets_40007_and_nothing_is_delivered(string attachment)
    {
        await using var harness = await Harness.StartAsync();

        var errcode = await harness.SendAsync(await harness.TokenAsync(), Welcome(harness.Emulator.IssueWelcomeCode(), attachment));

        Assert.Equal((int)WeComErrorCode.InvalidMediaId, errcode);
        Assert.Empty(harness.Emulator.Deliveries);
    }

    [Fact]
    public async Task ExpireAll_ends_every_media_id_now_and_leaves_images_and_later_uploads_valid()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        var old = await harness.UploadMediaAsync("image", Harness.WelcomePng, "welcome.png");
        var picture = harness.Emulator.Media.AddImage(Harness.WelcomePng, "picture.png");

        Assert.Equal(1, harness.Emulator.Media.ExpireAll());
        var fresh = await harness.UploadMediaAsync("image", Harness.WelcomePng, "welcome.png");

        Assert.Equal((int)WeComErrorCode.InvalidMediaId, await harness.SendAsync(token, Welcome(harness.Emulator.IssueWelcomeCode(), Image(old))));
        Assert.Equal(0, await harness.SendAsync(token, Welcome(harness.Emulator.IssueWelcomeCode(), Image(fresh))));
        Assert.Null(harness.Emulator.Media.FindImage(picture.ToString())!.ExpiresAt);
        Assert.Equal(1, harness.Emulator.Media.ExpireAll()); // the fresh one: the only one still valid
    }

    [Fact]
    public async Task A_media_id_is_valid_three_days_by_the_emulator_clock()
    {
        await using var harness = await Harness.StartAsync();
        var image = await harness.UploadMediaAsync("image", Harness.WelcomePng, "welcome.png");

        harness.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await harness.SendAsync(await harness.TokenAsync(), Welcome(harness.Emulator.IssueWelcomeCode(), Image(image))));
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal((int)WeComErrorCode.InvalidMediaId, await harness.SendAsync(await harness.TokenAsync(), Welcome(harness.Emulator.IssueWelcomeCode(), Image(image))));
    }

    [Fact]
    public async Task A_media_id_of_another_type_gets_40007()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        var pictureAsFile = await harness.UploadMediaAsync("file", Harness.WelcomePng, "welcome.png");
        var picture = await harness.UploadMediaAsync("image", Harness.WelcomePng, "welcome.png");

        Assert.Equal((int)WeComErrorCode.InvalidMediaId, await harness.SendAsync(token, Welcome(harness.Emulator.IssueWelcomeCode(), Image(pictureAsFile))));
        Assert.Equal((int)WeComErrorCode.InvalidMediaId, await harness.SendAsync(token, Welcome(harness.Emulator.IssueWelcomeCode(), Video(picture))));
    }

    [Fact]
    public async Task A_40007_leaves_the_code_valid_for_a_corrected_send_inside_its_window()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        var code = harness.Emulator.IssueWelcomeCode();
        var image = harness.Emulator.Media.Add(Harness.WelcomePng, "welcome.png", MediaType.Image);

        Assert.Equal((int)WeComErrorCode.InvalidMediaId, await harness.SendAsync(token, Welcome(code, Image("MEDIA_ID"))));
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(0, await harness.SendAsync(token, Welcome(code, Image(image))));

        var refused = harness.Emulator.Timelines.Single().Events.First(e => e.ErrCode == (int)WeComErrorCode.InvalidMediaId);
        Assert.Equal("$.attachments[0].image.media_id: no media was uploaded with this media_id", Assert.Single(refused.Violations));
    }

    [Fact]
    public async Task An_image_by_pic_url_alone_needs_no_upload()
    {
        await using var harness = await Harness.StartAsync();

        var errcode = await harness.SendAsync(await harness.TokenAsync(), Welcome(harness.Emulator.IssueWelcomeCode(), """{"msgtype":"image","image":{"pic_url":"https://wework.qpic.cn/wwpic/a.png"}}"""));

        Assert.Equal(0, errcode);
    }
}
