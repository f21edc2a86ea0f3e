using System.Net.Http.Json;
using System.Text.Json;
using WeComGen.Emulator.Customers;
using WeComGen.Emulator.Faults;
using WeComGen.Emulator.Tests.Support;

namespace WeComGen.Emulator.Tests.Customers;

/// <summary>externalcontact/get: every customer the emulator added has a profile, and the members who follow them, 500 a page.</summary>
public sealed class CustomerDetailsTests
{
    private static async Task<JsonElement> GetAsync(Harness harness, string? token, string? externalUserId, string? cursor = null)
    {
        var query = new List<string>();
        if (token is not null)
        {
            query.Add("access_token=" + token);
        }

        if (externalUserId is not null)
        {
            query.Add("external_userid=" + Uri.EscapeDataString(externalUserId));
        }

        if (cursor is not null)
        {
            query.Add("cursor=" + Uri.EscapeDataString(cursor));
        }

        return await harness.Http.GetFromJsonAsync<JsonElement>(new Uri(harness.Emulator.BaseAddress, "cgi-bin/externalcontact/get?" + string.Join("&", query)));
    }

    [Fact]
    public async Task A_customer_added_with_a_name_is_described_as_the_page_shows_with_emoji_intact()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var harness = await Harness.StartAsync(o => o.CallbackUrl = url.Url);
        var tags = new[] { new FollowUserTag("客户等级", "重要", 1, "etAJ2GCAAAXtWyujaWJHDDGi0mACHAAA"), new FollowUserTag("我的", "老朋友", 2, null) };
        var added = await harness.Emulator.AddCustomerAsync("rocky", new NewCustomer("wmCustomer0001")
        {
            Name = "李四 🐯👨‍👩‍👧", Gender = CustomerGender.Male, State = "外联二维码1", Remark = "李部长", Description = "对接采购事务", Tags = tags,
        });
        harness.Clock.Advance(TimeSpan.FromMinutes(1));

        var answer = await GetAsync(harness, await harness.TokenAsync(), "wmCustomer0001");

        Assert.Equal((0, "ok", ""), (answer.GetProperty("errcode").GetInt32(), answer.GetProperty("errmsg").GetString(), answer.GetProperty("next_cursor").GetString()));
        var contact = answer.GetProperty("external_contact");
        Assert.Equal(("wmCustomer0001", "李四 🐯👨‍👩‍👧", 1, 1), (contact.GetProperty("external_userid").GetString(), contact.GetProperty("name").GetString(), contact.GetProperty("type").GetInt32(), contact.GetProperty("gender").GetInt32()));
        Assert.Matches("^o[A-Za-z0-9_-]{27}$", contact.GetProperty("unionid").GetString());
        Assert.StartsWith("http://wx.qlogo.cn/mmhead/", contact.GetProperty("avatar").GetString());
        var follower = Assert.Single(answer.GetProperty("follow_user").EnumerateArray().ToList());
        Assert.Equal(("rocky", "李部长", "对接采购事务", added.IssuedAt.ToUnixTimeSeconds()), (follower.GetProperty("userid").GetString(), follower.GetProperty("remark").GetString(), follower.GetProperty("description").GetString(), follower.GetProperty("createtime").GetInt64()));
        Assert.Equal(("外联二维码1", "wmCustomer0001", 1), (follower.GetProperty("state").GetString(), follower.GetProperty("oper_userid").GetString(), follower.GetProperty("add_way").GetInt32()));
        var writtenTags = follower.GetProperty("tags").EnumerateArray().ToList();
        Assert.Equal("etAJ2GCAAAXtWyujaWJHDDGi0mACHAAA", writtenTags[0].GetProperty("tag_id").GetString());
        Assert.Equal(("老朋友", 2, false), (writtenTags[1].GetProperty("tag_name").GetString(), writtenTags[1].GetProperty("type").GetInt32(), writtenTags[1].TryGetProperty("tag_id", out _)));
        Assert.Equal("李四 🐯👨‍👩‍👧", harness.Emulator.Timelines.Single().Customer!.Name);
    }

    [Fact]
    public async Task The_standalone_route_adds_a_wecom_customer_by_name_and_a_second_member_follows_them_too()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var harness = await Harness.StartAsync(o => o.CallbackUrl = url.Url);
        var name = Uri.EscapeDataString("王小明😀");
        using var first = await harness.Http.PostAsync(new Uri(harness.Emulator.BaseAddress, $"emulator/customer?userid=zhangsan&external_userid=wmCorpUser01&name={name}&type=2&gender=2"), null);
        using var second = await harness.Http.PostAsync(new Uri(harness.Emulator.BaseAddress, "emulator/customer?userid=lisi&external_userid=wmCorpUser01&state=desk"), null);
        using var badType = await harness.Http.PostAsync(new Uri(harness.Emulator.BaseAddress, "emulator/customer?userid=lisi&external_userid=wmCorpUser02&type=3"), null);

        var answer = await GetAsync(harness, await harness.TokenAsync(), "wmCorpUser01");

        var contact = answer.GetProperty("external_contact");
        Assert.Equal(("王小明😀", 2, 2), (contact.GetProperty("name").GetString(), contact.GetProperty("type").GetInt32(), contact.GetProperty("gender").GetInt32()));
        Assert.False(contact.TryGetProperty("unionid", out _));
        Assert.Equal(["zhangsan", "lisi"], answer.GetProperty("follow_user").EnumerateArray().Select(f => f.GetProperty("userid").GetString()));
        Assert.False(answer.GetProperty("follow_user")[0].TryGetProperty("state", out _));
        Assert.Equal(40058, (await badType.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errcode").GetInt32());
        Assert.Null(harness.Emulator.FindCustomer("wmCorpUser02"));
    }

    [Fact]
    public async Task A_customer_added_without_a_name_gets_one_from_the_pool_the_same_each_time()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var harness = await Harness.StartAsync(o => o.CallbackUrl = url.Url);
        await using var other = await Harness.StartAsync(o => o.CallbackUrl = url.Url);

        await harness.Emulator.AddCustomerAsync("zhangsan", "wmPooled0001");
        await other.Emulator.AddCustomerAsync("zhangsan", "wmPooled0001");

        Assert.Contains(harness.Emulator.FindCustomer("wmPooled0001")!.Name, CustomerNames.Pool);
        Assert.Equal(harness.Emulator.FindCustomer("wmPooled0001")!.Name, other.Emulator.FindCustomer("wmPooled0001")!.Name);
    }

    [Fact]
    public async Task Twelve_hundred_follow_users_come_500_a_page_by_cursor_in_order_then_an_empty_cursor()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var harness = await Harness.StartAsync(o => o.CallbackUrl = url.Url);
        await harness.Emulator.AddCustomerAsync("zhangsan", "wmPopular0001");
        harness.Emulator.AddFollowUsers("wmPopular0001", 1199);
        var token = await harness.TokenAsync();

        var pages = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await GetAsync(harness, token, "wmPopular0001", cursor);
            Assert.Equal(0, page.GetProperty("errcode").GetInt32());
            pages.Add(page);
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is { Length: > 0 } && pages.Count < 10);

        Assert.Equal([500, 500, 200], pages.Select(p => p.GetProperty("follow_user").GetArrayLength()));
        var userIds = pages.SelectMany(p => p.GetProperty("follow_user").EnumerateArray()).Select(f => f.GetProperty("userid").GetString()).ToList();
        Assert.Equal(harness.Emulator.FindCustomer("wmPopular0001")!.FollowUsers.Select(f => f.UserId), userIds);
        Assert.Equal(1200, userIds.Distinct().Count());
        Assert.All(pages, p => Assert.Equal("wmPopular0001", p.GetProperty("external_contact").GetProperty("external_userid").GetString()));
    }

    [Fact]
    public async Task A_cursor_the_emulator_did_not_issue_for_this_customer_gets_50100()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var harness = await Harness.StartAsync(o => o.CallbackUrl = url.Url);
        await harness.Emulator.AddCustomerAsync("zhangsan", "wmPopular0001");
        await harness.Emulator.AddCustomerAsync("zhangsan", "wmPopular0002");
        harness.Emulator.AddFollowUsers("wmPopular0001", 600);
        harness.Emulator.AddFollowUsers("wmPopular0002", 600);
        var token = await harness.TokenAsync();
        var issued = (await GetAsync(harness, token, "wmPopular0001")).GetProperty("next_cursor").GetString()!;
        var edited = issued[..^1] + (issued[^1] == 'A' ? 'B' : 'A');

        foreach (var (customer, cursor) in new[] { ("wmPopular0002", issued), ("wmPopular0001", edited), ("wmPopular0001", "forged"), ("wmPopular0001", "AAAB9AAAAAAAAAAAAAAAAA") })
        {
            var answer = await GetAsync(harness, token, customer, cursor);
            Assert.Equal((50100, "invalid cursor"), (answer.GetProperty("errcode").GetInt32(), answer.GetProperty("errmsg").GetString()));
        }

        Assert.Equal(101, (await GetAsync(harness, token, "wmPopular0001", issued)).GetProperty("follow_user").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_or_missing_external_userid_gets_its_code_with_an_empty_contact_and_follow_user_list()
    {
        await using var harness = await Harness.StartAsync();
        var token = await harness.TokenAsync();

        var unknown = await GetAsync(harness, token, "wmNobody");
        var missing = await GetAsync(harness, token, null);
        var empty = await GetAsync(harness, token, "");

        Assert.Equal((40096, "invalid external userid"), (unknown.GetProperty("errcode").GetInt32(), unknown.GetProperty("errmsg").GetString()));
        Assert.Equal([41035, 41035], new[] { missing, empty }.Select(a => a.GetProperty("errcode").GetInt32()));
        Assert.All(new[] { unknown, missing }, answer =>
        {
            Assert.Equal(JsonValueKind.Object, answer.GetProperty("external_contact").ValueKind);
            Assert.Empty(answer.GetProperty("external_contact").EnumerateObject());
            Assert.Equal(0, answer.GetProperty("follow_user").GetArrayLength());
        });
    }

    [Fact]
    public async Task Tokens_are_checked_first_and_faults_apply()
    {
        await using var url = await RecordingCallbackUrl.StartAsync();
        await using var harness = await Harness.StartAsync(o => o.CallbackUrl = url.Url);
        await harness.Emulator.AddCustomerAsync("zhangsan", "wmCustomer0001");
        var token = await harness.TokenAsync();

        var missing = await GetAsync(harness, null, "wmCustomer0001");
        var forged = await GetAsync(harness, "forged", "wmCustomer0001");
        harness.Emulator.InjectFaults(EmulatedEndpoint.ExternalContactGet, new EmulatorFault.ErrorCode(-1), new EmulatorFault.RevokeTokens());
        var busy = await GetAsync(harness, token, "wmCustomer0001");
        var revoked = await GetAsync(harness, token, "wmCustomer0001");
        var fresh = await harness.TokenAsync();
        harness.Clock.Advance(harness.Emulator.Options.TokenLifetime);
        var expired = await GetAsync(harness, fresh, "wmCustomer0001");

        Assert.Equal([41001, 40014, -1, 40014, 42001], new[] { missing, forged, busy, revoked, expired }.Select(a => a.GetProperty("errcode").GetInt32()));
    }
}
