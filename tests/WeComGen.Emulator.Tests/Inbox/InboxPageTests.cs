using System.Net;
using System.Text.RegularExpressions;
using WeComGen.Emulator.Customers;
using WeComGen.Emulator.Media;
using WeComGen.Emulator.Tests.Support;

namespace WeComGen.Emulator.Tests.Inbox;

/// <summary>
/// The inbox page, looked at in a real browser (headless Chromium) as a person would: the welcome as the customer
/// sees it, and the timeline of its code.
/// </summary>
public sealed class InboxPageTests
{
    private const string Greeting = "您好，欢迎添加！有任何问题随时找我 😀";

    /// <summary>The price list a welcome sends as a file: 1.5 MB.</summary>
    private const string PriceList = "价目表 2026.pdf";

    /// <summary>
    /// The page's example welcome: a text, then one attachment of every kind, in the order WeCom shows them, with
    /// media uploaded to the emulator first (the picture as a permanent image and as the mini program's cover).
    /// </summary>
    private static string Welcome(Harness harness, string code)
    {
        var media = harness.Emulator.Media;
        var picture = media.AddImage(Harness.WelcomePng, "welcome.png");
        var cover = media.Add(Harness.WelcomePng, "cover.png", MediaType.Image);
        var video = media.Add([0, 0, 0, 0x18, .. "ftypisom"u8, .. new byte[3000]], "门店介绍.mp4", MediaType.Video);
        var file = media.Add([.. "%PDF-1.7"u8, .. new byte[(3 << 19) - 8]], PriceList, MediaType.File);
        return """
            {"welcome_code":"CODE",
             "text":{"content":"GREETING 这是一段很长的欢迎语，用来看它在手机宽度里是否会自动换行，而不是撑破气泡。"},
             "attachments":[
               {"msgtype":"image","image":{"pic_url":"PICTURE"}},
               {"msgtype":"link","link":{"title":"新客户指南","picurl":"https://example.com/cover.png","desc":"三分钟了解我们的服务","url":"https://example.com/welcome"}},
               {"msgtype":"miniprogram","miniprogram":{"title":"会员中心","pic_media_id":"COVER","appid":"wx8bd80126147dfAAA","page":"/pages/member/index.html"}},
               {"msgtype":"video","video":{"media_id":"VIDEO"}},
               {"msgtype":"file","file":{"media_id":"FILE"}}]}
            """.Replace("CODE", code).Replace("GREETING", Greeting).Replace("PICTURE", picture.AbsoluteUri)
            .Replace("COVER", cover).Replace("VIDEO", video).Replace("FILE", file);
    }

    [Fact]
    public async Task A_customer_welcomed_shows_the_welcome_in_order_and_a_timeline_with_the_delivery_and_the_repeat()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var harness = await Harness.StartAsync(o => o.CallbackUrl = url.Url);
        var customer = await harness.Emulator.AddCustomerAsync("zhangsan", new NewCustomer("wmCustomer0001") { Name = "李四 🐯", State = "poster-2026" });
        var token = await harness.TokenAsync();
        harness.Clock.Advance(TimeSpan.FromSeconds(1.5));
        var welcome = Welcome(harness, customer.WelcomeCode);
        Assert.Equal(0, await harness.SendAsync(token, welcome));
        harness.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(41051, await harness.SendAsync(token, welcome));

        var dom = await Chromium.DumpDomAsync(harness.Emulator.BaseAddress);

        Assert.Contains("李四 🐯 · wmCustomer0001 added by zhangsan · state poster-2026", dom);
        var greeting = dom.IndexOf(Greeting, StringComparison.Ordinal);
        var link = dom.IndexOf(">新客户指南<", StringComparison.Ordinal);
        var miniProgram = dom.IndexOf(">会员中心<", StringComparison.Ordinal);
        var video = dom.IndexOf(">门店介绍.mp4<", StringComparison.Ordinal);
        var file = dom.IndexOf(">" + PriceList + "<", StringComparison.Ordinal);
        Assert.True(greeting >= 0 && greeting < link && link < miniProgram && miniProgram < video && video < file, "the text, then the link, the mini program, the video and the file, in that order");
        Assert.Contains("三分钟了解我们的服务", dom);
        Assert.Contains("小程序 mini program · wx8bd80126147dfAAA", dom);
        Assert.Contains("<div class=\"file-size\">1.5 MB</div>", dom);
        Assert.Equal(2, Regex.Matches(dom, "<img class=\"upload\" src=\"/emulator/media/[A-Za-z0-9_-]+\"").Count);
        Assert.Matches("<li class=\"event event-delivered\">.*?delivered", dom);
        Assert.Matches("<li class=\"event event-send refused repeated\">.*?41051.*?AGAIN", dom);
        Assert.Contains("+1.500 s", dom);
        Assert.DoesNotContain(customer.WelcomeCode, dom);

        var screenshot = Artefacts.PathFor("inbox.png");
        File.Delete(screenshot);
        await Chromium.ScreenshotAsync(harness.Emulator.BaseAddress, screenshot, 1200, 1450);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(screenshot)[..4]);
    }

    [Fact]
    public async Task A_late_send_and_a_refused_one_stand_out_with_their_reason()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();
        var refused = harness.Emulator.IssueWelcomeCode();
        await harness.SendAsync(token, """{"welcome_code":"CODE","attachments":[{"msgtype":"link","link":{"title":"","url":"https://example.com/"}}]}""".Replace("CODE", refused));
        var late = harness.Emulator.IssueWelcomeCode();
        harness.Clock.Advance(harness.Emulator.Options.WelcomeCodeValidity + TimeSpan.FromSeconds(2));
        await harness.SendAsync(token, Welcome(harness, late));

        var dom = await Chromium.DumpDomAsync(harness.Emulator.BaseAddress);

        Assert.Matches("<li class=\"event event-send refused late\">.*?41050.*?LATE", dom);
        Assert.Matches("<li class=\"event event-send refused\">.*?40058.*?<ul class=\"violations\"><li>\\$\\.attachments\\[0\\]\\.link\\.title: ", dom);
        Assert.DoesNotContain("event-delivered", dom);
    }

    [Fact]
    public async Task Whatever_a_welcome_holds_is_shown_as_text_never_as_markup()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var harness = await Harness.StartAsync(o => o.CallbackUrl = url.Url);
        var customer = await harness.Emulator.AddCustomerAsync("zhang<b>san</b>", new NewCustomer("wm\"quoted'<i>customer</i>") { Name = "<img src=y onerror=\"document.title='pwned'\">" });
        var token = await harness.TokenAsync();
        var file = harness.Emulator.Media.Add("%PDF-1.7 price list"u8.ToArray(), "price \"list\" 'final' <v2>.pdf", MediaType.File);
        var body = """
            {"welcome_code":"CODE","text":{"content":"<img src=x onerror=\"document.title='pwned'\">"},
             "attachments":[
               {"msgtype":"link","link":{"title":"<script>document.title='pwned'</script>","url":"javascript:document.title='pwned'"}},
               {"msgtype":"file","file":{"media_id":"FILE"}}]}
            """.Replace("CODE", customer.WelcomeCode).Replace("FILE", file);
        Assert.Equal(0, await harness.SendAsync(token, body));

        var dom = await Chromium.DumpDomAsync(harness.Emulator.BaseAddress);

        Assert.Contains("&lt;img src=x onerror=\"document.title='pwned'\"&gt;", dom);
        Assert.Contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;", dom);
        Assert.Contains("price \"list\" 'final' &lt;v2&gt;.pdf", dom);
        Assert.Contains("zhang&lt;b&gt;san&lt;/b&gt;", dom);
        Assert.Contains("&lt;img src=y onerror=\"document.title='pwned'\"&gt;", dom);
        Assert.DoesNotContain("<script>document", dom);
        Assert.DoesNotContain("<img", dom);
        Assert.DoesNotContain("<b>san", dom);
        Assert.DoesNotContain("href=\"javascript:", dom);
        Assert.DoesNotMatch(new Regex("<title>pwned"), dom);
    }

    [Fact]
    public async Task The_page_and_its_data_show_no_access_token_corp_secret_callback_key_or_whole_welcome_code()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var harness = await Harness.StartAsync(o => o.CallbackUrl = url.Url);
        var customer = await harness.Emulator.AddCustomerAsync("zhangsan", "wmCustomer0002");
        var token = await harness.TokenAsync();
        await harness.SendAsync(token, Welcome(harness, customer.WelcomeCode));

        var data = await harness.Http.GetStringAsync(new Uri(harness.Emulator.BaseAddress, "emulator/inbox"));
        var dom = await Chromium.DumpDomAsync(harness.Emulator.BaseAddress);

        foreach (var secret in new[] { token, harness.Emulator.Secret, harness.Emulator.CallbackToken, harness.Emulator.CallbackEncodingAesKey, customer.WelcomeCode })
        {
            Assert.DoesNotContain(secret, data);
            Assert.DoesNotContain(secret, dom);
        }

        Assert.Contains(customer.WelcomeCode[^4..], data);
    }

    [Fact]
    public async Task The_page_asks_only_for_what_changed_and_loads_nothing_from_outside_loopback()
    {
        await using var harness = await Harness.StartAsync();
        harness.Emulator.IssueWelcomeCode();

        using var page = await harness.Http.GetAsync(harness.Emulator.BaseAddress);
        var data = await harness.Http.GetStringAsync(new Uri(harness.Emulator.BaseAddress, "emulator/inbox"));
        var version = System.Text.Json.JsonDocument.Parse(data).RootElement.GetProperty("version").GetInt64();
        using var unchanged = await harness.Http.GetAsync(new Uri(harness.Emulator.BaseAddress, $"emulator/inbox?since={version}"));
        harness.Emulator.IssueWelcomeCode();
        using var changed = await harness.Http.GetAsync(new Uri(harness.Emulator.BaseAddress, $"emulator/inbox?since={version}"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task A_page_left_open_shows_a_customer_added_and_welcomed_after_it_loaded_without_a_reload()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var harness = await Harness.StartAsync(o => o.CallbackUrl = url.Url);
        await using var page = await ChromiumPage.OpenAsync(harness.Emulator.BaseAddress);
        await page.WaitUntilAsync("document.body.dataset.version !== undefined && document.querySelector('p.empty') !== null", "the empty inbox");
        await page.EvaluateAsync("window.loadedOnce = true");

        var customer = await harness.Emulator.AddCustomerAsync("zhangsan", new NewCustomer("wmLive0001") { Name = "小红🌷" });
        Assert.Equal(0, await harness.SendAsync(await harness.TokenAsync(), Welcome(harness, customer.WelcomeCode)));

        await page.WaitUntilAsync("document.querySelector('section.conversation.is-delivered h2') !== null", "the delivered conversation");
        Assert.Equal("小红🌷 · wmLive0001 added by zhangsan", (await page.EvaluateAsync("document.querySelector('section.conversation h2').textContent")).GetString());
        Assert.Contains(Greeting, (await page.EvaluateAsync("document.querySelector('.bubble.text').textContent")).GetString());
        Assert.True((await page.EvaluateAsync("window.loadedOnce === true")).GetBoolean(), "the page was not reloaded");
    }

    [Fact]
    public async Task A_file_card_shows_the_uploaded_name_and_size_and_an_uploaded_image_is_drawn_from_its_bytes()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var harness = await Harness.StartAsync(o => o.CallbackUrl = url.Url);
        var customer = await harness.Emulator.AddCustomerAsync("zhangsan", "wmCustomer0003");
        Assert.Equal(0, await harness.SendAsync(await harness.TokenAsync(), Welcome(harness, customer.WelcomeCode)));

        await using var page = await ChromiumPage.OpenAsync(harness.Emulator.BaseAddress);
        await page.WaitUntilAsync("[...document.querySelectorAll('img.upload')].length === 2 && [...document.querySelectorAll('img.upload')].every(i => i.complete)", "the uploaded images");

        Assert.Equal(PriceList, (await page.EvaluateAsync("document.querySelector('.file .file-name').textContent")).GetString());
        Assert.Equal("1.5 MB", (await page.EvaluateAsync("document.querySelector('.file .file-size').textContent")).GetString());
        Assert.Equal(200, (await page.EvaluateAsync("document.querySelector('.image img.upload').naturalWidth")).GetInt32());
        Assert.Equal(130, (await page.EvaluateAsync("document.querySelector('.image img.upload').naturalHeight")).GetInt32());
        Assert.True((await page.EvaluateAsync("document.querySelector('.miniprogram img.upload').naturalWidth")).GetInt32() > 0);
    }
}
