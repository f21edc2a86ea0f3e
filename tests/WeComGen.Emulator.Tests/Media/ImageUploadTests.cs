using System.Text.RegularExpressions;
using WeComGen.Emulator.Faults;
using WeComGen.Emulator.Tests.Support;

namespace WeComGen.Emulator.Tests.Media;

/// <summary>media/uploadimg: one JPG or PNG of 5 B to 2 MB in any file part, a permanent qpic URL, 1000 a day per corp.</summary>
public sealed partial class ImageUploadTests
{
    private const string UploadImg = "cgi-bin/media/uploadimg";

    [GeneratedRegex(@"^http://p\.qpic\.cn/pic_wework/[0-9]+/[0-9a-f]{48}/0$")]
    private static partial Regex QpicUrl();

    [Theory]
    [InlineData("media")]
    [InlineData("file_name")]
    [InlineData("fieldNameHere")]
    public async Task An_image_in_any_file_part_answers_a_permanent_qpic_url_whose_bytes_the_emulator_serves(string partName)
    {
        await using var harness = await Harness.StartAsync();
        var png = Harness.WelcomePng;

        var answer = await harness.UploadAsync(UploadImg, await harness.TokenAsync(), png, "20180103195745.png", partName, "image/png");
        harness.Clock.Advance(TimeSpan.FromDays(400));

        Assert.Equal((0, ""), (answer.GetProperty("errcode").GetInt32(), answer.GetProperty("errmsg").GetString()));
        var url = answer.GetProperty("url").GetString()!;
        Assert.Matches(QpicUrl(), url);
        var image = harness.Emulator.Media.FindImage(url)!;
        Assert.Null(image.ExpiresAt);
        Assert.True(image.IsValidAt(harness.Clock.GetUtcNow()));
        Assert.Equal(png, await harness.Http.GetByteArrayAsync(new Uri(harness.Emulator.BaseAddress, "emulator/media/" + url.Split('/')[^2])));
    }

    [Fact]
    public async Task The_part_named_media_is_preferred_over_another_file_part()
    {
        await using var harness = await Harness.StartAsync();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent("not the picture"u8.ToArray()), "other", "other.txt" },
            { new ByteArrayContent(Harness.WelcomePng), "media", "welcome.png" },
        };

        var answer = await harness.PostAsync(UploadImg, await harness.TokenAsync(), form);

        Assert.Equal("welcome.png", harness.Emulator.Media.FindImage(answer.GetProperty("url").GetString()!)!.FileName);
    }

    [Fact]
    public async Task An_image_over_2_MB_a_text_file_named_png_and_no_file_are_refused()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        byte[] large = [.. Harness.WelcomePng, .. new byte[(2 << 20) + 1 - Harness.WelcomePng.Length]];

        var tooLarge = await harness.UploadAsync(UploadImg, token, large, "large.png");
        var text = await harness.UploadAsync(UploadImg, token, "hello, not a picture"u8.ToArray(), "hello.png");
        var tiny = await harness.UploadAsync(UploadImg, token, [0x89, 0x50, 0x4E, 0x47], "tiny.png");
        using var noFile = new MultipartFormDataContent { { new StringContent("welcome.png"), "caption" } };
        var none = await harness.PostAsync(UploadImg, token, noFile);

        Assert.Equal([45001, 40123, 40006, 44001], new[] { tooLarge, text, tiny, none }.Select(a => a.GetProperty("errcode").GetInt32()));
    }

    [Fact]
    public async Task The_1001st_image_of_a_day_gets_45009_and_the_next_day_is_a_new_quota()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        for (var i = 0; i < 1000; i++)
        {
            harness.Emulator.Media.AddImage(Harness.WelcomePng, $"image{i}.png");
        }

        var spent = await harness.UploadAsync(UploadImg, token, Harness.WelcomePng, "one-more.png");
        Assert.Throws<InvalidOperationException>(() => harness.Emulator.Media.AddImage(Harness.WelcomePng, "in-process.png"));
        harness.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await harness.UploadAsync(UploadImg, await harness.TokenAsync(), Harness.WelcomePng, "next-day.png");

        Assert.Equal(45009, spent.GetProperty("errcode").GetInt32());
        Assert.Contains("1000", spent.GetProperty("errmsg").GetString());
        Assert.Equal(0, nextDay.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task An_injected_fault_answers_instead()
    {
        await using var harness = await Harness.StartAsync();
        harness.Emulator.InjectFaults(EmulatedEndpoint.MediaUploadImg, new EmulatorFault.ErrorCode(45033));

        var answer = await harness.UploadAsync(UploadImg, await harness.TokenAsync(), Harness.WelcomePng, "welcome.png");

        Assert.Equal(45033, answer.GetProperty("errcode").GetInt32());
    }
}
