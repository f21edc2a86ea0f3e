using System.Net;
using System.Text.RegularExpressions;
using WeComGen.Emulator.Tests.Support;

namespace WeComGen.Emulator.Tests.Inbox;

/// <summary>
/// The inbox page, looked at in a real browser (headless Chromium) as a person would: the welcome as the customer
/// sees it, and the timeline of its code.
/// </summary>
public sealed class InboxPageTests
{
    private const string Greeting = "您好，欢迎添加！有任何问题随时找我 😀";

    /// <summary>The page's example welcome: a text, then one attachment of every kind, in the order WeCom shows them.</summary>
    private static string Welcome(string code) => """
        {"welcome_code":"CODE",
         "text":{"content":"GREETING 这是一段很长的欢迎语，用来看它在手机宽度里是否会自动换行，而不是撑破气泡。"},
         "attachments":[
           {"msgtype":"image","image":{"pic_url":"https://wework.qpic.cn/wwpic/welcome.png"}},
           {"msgtype":"link","link":{"title":"新客户指南","picurl":"https://example.com/cover.png","desc":"三分钟了解我们的服务","url":"https://example.com/welcome"}},
           {"msgtype":"miniprogram","miniprogram":{"title":"会员中心","pic_media_id":"MEDIA_COVER","appid":"wx8bd80126147dfAAA","page":"/pages/member/index.html"}},
           {"msgtype":"video","video":{"media_id":"MEDIA_VIDEO"}},
           {"msgtype":"file","file":{"media_id":"MEDIA_PRICE_LIST"}}]}
        """.Replace("CODE", code).Replace("GREETING", Greeting);

    [Fact]
    public async Task A_customer_welcomed_shows_the_welcome_in_order_and_a_timeline_with_the_delivery_and_the_repeat()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var harness = await Harness.StartAsync(o => o.CallbackUrl = url.Url);
        var customer = await harness.Emulator.AddCustomerAsync("zhangsan", "wmCustomer0001", state: "poster-2026");
        var token = await harness.TokenAsync();
        harness.Clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(0, await harness.SendAsync(token, Welcome(customer.WelcomeCode)));
        harness.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(41051, await harness.SendAsync(token, Welcome(customer.WelcomeCode)));

        var dom = await Chromium.DumpDomAsync(harness.Emulator.BaseAddress);

        Assert.Contains("wmCustomer0001 added by zhangsan · state poster-2026", dom);
        var greeting = dom.IndexOf(Greeting, StringComparison.Ordinal);
        var link = dom.IndexOf(">新客户指南<", StringComparison.Ordinal);
        var miniProgram = dom.IndexOf(">会员中心<", StringComparison.Ordinal);
        var video = dom.IndexOf(">MEDIA_VIDEO<", StringComparison.Ordinal);
        var file = dom.IndexOf(">MEDIA_PRICE_LIST<", StringComparison.Ordinal);
        Assert.True(greeting >= 0 && greeting < link && link < miniProgram && miniProgram < video && video < file, "the text, then the link, the mini program, the video and the file, in that order");
        Assert.Contains("三分钟了解我们的服务", dom);
        Assert.Contains("小程序 mini program · wx8bd80126147dfAAA", dom);
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
        await harness.SendAsync(token, Welcome(late));

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
        var customer = await harness.Emulator.AddCustomerAsync("zhang<b>san</b>", "wm\"quoted'<i>customer</i>");
        var token = await harness.TokenAsync();
        var body = """
            {"welcome_code":"CODE","text":{"content":"<img src=x onerror=\"document.title='pwned'\">"},
             "attachments":[
               {"msgtype":"link","link":{"title":"<script>document.title='pwned'</script>","url":"javascript:document.title='pwned'"}},
               {"msgtype":"file","file":{"media_id":"price \"list\" 'final' <v2>.pdf"}}]}
            """.Replace("CODE", customer.WelcomeCode);
        Assert.Equal(0, await harness.SendAsync(token, body));

        var dom = await Chromium.DumpDomAsync(harness.Emulator.BaseAddress);

        Assert.Contains("&lt;img src=x onerror=\"document.title='pwned'\"&gt;", dom);
        Assert.Contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;", dom);
        Assert.Contains("price \"list\" 'final' &lt;v2&gt;.pdf", dom);
        Assert.Contains("zhang&lt;b&gt;san&lt;/b&gt;", dom);
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
        await harness.SendAsync(token, Welcome(customer.WelcomeCode));

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
}
