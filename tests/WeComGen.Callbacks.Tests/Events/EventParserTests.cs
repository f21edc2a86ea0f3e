using Microsoft.Extensions.Time.Testing;

namespace WeComGen.Callbacks.Tests.Events;

public class EventParserTests
{
    /// <summary>WeCom's example of the event, as published.</summary>
    private const string OfficialExample = """
        <xml>
        <ToUserName><![CDATA[toUser]]></ToUserName>
        <FromUserName><![CDATA[sys]]></FromUserName>
        <CreateTime>1403610513</CreateTime>
        <MsgType><![CDATA[event]]></MsgType>
        <Event><![CDATA[change_external_contact]]></Event>
        <ChangeType><![CDATA[add_external_contact]]></ChangeType>
        <UserID><![CDATA[zhangsan]]></UserID>
        <ExternalUserID><![CDATA[woAJ2GCAAAXtWyujaWJHDDGi0mAAAA]]></ExternalUserID>
        <State><![CDATA[teststate]]></State>
        <WelcomeCode><![CDATA[WELCOMECODE]]></WelcomeCode>
        </xml>
        """;

    private static readonly DateTimeOffset Arrival = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_official_example_is_an_added_contact_with_a_welcome_code_stamped_with_its_arrival()
    {
        var arrival = DateTimeOffset.FromUnixTimeSeconds(1403610513).AddSeconds(1);

        var added = Assert.IsType<ExternalContactAddedEvent>(CallbackEventParser.Parse(OfficialExample, arrival).Value);

        Assert.Equal(ExternalContactAddType.AddExternalContact, added.AddType);
        Assert.Equal("zhangsan", added.UserId);
        Assert.Equal("woAJ2GCAAAXtWyujaWJHDDGi0mAAAA", added.ExternalUserId);
        Assert.Equal("teststate", added.State);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1403610513), added.CreateTime);
        Assert.Equal("toUser", added.CorpId);
        Assert.False(added.IsThirdParty);
        Assert.True(added.CanSendWelcome);
        Assert.Equal("WELCOMECODE", added.WelcomeCode!.Value);
        Assert.Equal(arrival, added.WelcomeCode.ReceivedAt);
        Assert.Equal(arrival, added.ReceivedAt);
    }

    [Fact]
    public void A_re_sent_event_does_not_get_a_fresh_window_its_code_counts_from_create_time_plus_the_allowance()
    {
        // WeCom re-sends an unanswered callback after 5 s, up to three times: the third re-send arrives 15 s in.
        var createTime = Arrival.AddSeconds(-15);
        var xml = CallbackEventXml.ExternalContactAdded("corp", "u", "wo1", createTime, "code");

        var added = Assert.IsType<ExternalContactAddedEvent>(Parse(xml));

        Assert.Equal(createTime + CallbackEventParser.DefaultCreateTimeAllowance, added.WelcomeCode!.ReceivedAt);
        Assert.Equal(Arrival, added.ReceivedAt);
    }

    [Theory]
    [InlineData(0, 0)]      // created as it arrived
    [InlineData(-3, 0)]     // within the allowance: the arrival stands
    [InlineData(-4, -1)]    // beyond it: CreateTime + 3 s
    [InlineData(-60, -57)]
    [InlineData(30, 0)]     // created "in the future" (WeCom's clock ahead): never later than the arrival
    public void The_code_counts_from_the_earlier_of_arrival_and_create_time_plus_the_allowance(int createdSecondsFromArrival, int expectedSecondsFromArrival)
    {
        var xml = CallbackEventXml.ExternalContactAdded("corp", "u", "wo1", Arrival.AddSeconds(createdSecondsFromArrival), "code");

        var added = Assert.IsType<ExternalContactAddedEvent>(Parse(xml));

        Assert.Equal(Arrival.AddSeconds(expectedSecondsFromArrival), added.WelcomeCode!.ReceivedAt);
    }

    [Fact]
    public void The_allowance_is_the_callers_to_choose()
    {
        var xml = CallbackEventXml.ExternalContactAdded("corp", "u", "wo1", Arrival.AddSeconds(-15), "code");

        var added = Assert.IsType<ExternalContactAddedEvent>(CallbackEventParser.Parse(xml, Arrival, TimeSpan.FromSeconds(10)).Value);

        Assert.Equal(Arrival.AddSeconds(-5), added.WelcomeCode!.ReceivedAt);
    }

    [Fact]
    public void A_third_party_re_send_counts_from_its_TimeStamp()
    {
        var xml = CallbackEventXml.ThirdPartyExternalContactAdded("ww-suite", "wx-corp", "u", "wo1", Arrival.AddSeconds(-10), "code", null);

        var added = Assert.IsType<ExternalContactAddedEvent>(Parse(xml));

        Assert.Equal(Arrival.AddSeconds(-7), added.WelcomeCode!.ReceivedAt);
    }

    [Fact]
    public void Without_a_welcome_code_there_is_nothing_to_send()
    {
        var xml = CallbackEventXml.ExternalContactAdded("corp", "zhangsan", "wo1", Arrival, welcomeCode: null);

        var added = Assert.IsType<ExternalContactAddedEvent>(Parse(xml));

        Assert.Null(added.WelcomeCode);
        Assert.False(added.CanSendWelcome);
        Assert.Null(added.State);
    }

    [Fact]
    public void A_half_added_contact_is_the_same_event_with_its_own_add_type()
    {
        var xml = CallbackEventXml.ExternalContactAdded("corp", "u", "wo1", Arrival, "code", addType: ExternalContactAddType.AddHalfExternalContact);

        Assert.Equal(ExternalContactAddType.AddHalfExternalContact, Assert.IsType<ExternalContactAddedEvent>(Parse(xml)).AddType);
    }

    [Fact]
    public void A_third_party_callback_names_its_suite_and_authorising_corp()
    {
        var xml = CallbackEventXml.ThirdPartyExternalContactAdded("ww-suite", "wx-corp", "u", "wo1", Arrival.AddMinutes(-1), "code", "s");

        var added = Assert.IsType<ExternalContactAddedEvent>(Parse(xml));

        Assert.True(added.IsThirdParty);
        Assert.Equal("ww-suite", added.SuiteId);
        Assert.Equal("wx-corp", added.CorpId);
        Assert.Equal("change_external_contact", added.EventName);
        Assert.Equal(Arrival.AddMinutes(-1), added.CreateTime);
        Assert.Equal("code", added.WelcomeCode!.Value);
    }

    [Theory]
    [InlineData("<xml><MsgType>event</MsgType><Event>change_external_contact</Event><ChangeType>del_external_contact</ChangeType><UserID>u</UserID></xml>", "change_external_contact", "del_external_contact")]
    [InlineData("<xml><MsgType>event</MsgType><Event>change_contact</Event><ChangeType>create_user</ChangeType></xml>", "change_contact", "create_user")]
    [InlineData("<xml><SuiteId>s</SuiteId><InfoType>suite_ticket</InfoType><SuiteTicket>t</SuiteTicket></xml>", "suite_ticket", null)]
    [InlineData("<xml><MsgType>text</MsgType><Content>hello</Content></xml>", null, null)]
    public void Every_other_callback_is_passed_on_with_its_fields(string xml, string? eventName, string? changeType)
    {
        var other = Assert.IsType<OtherCallbackEvent>(Parse(xml));

        Assert.Equal(eventName, other.EventName);
        Assert.Equal(changeType, other.ChangeType);
        Assert.Equal(xml, other.Xml);
        Assert.NotEmpty(other.Fields);
    }

    [Fact]
    public void Nested_elements_keep_their_inner_xml()
    {
        var other = Parse("<xml><MsgType>event</MsgType><SendPicsInfo><Count>1</Count><PicList><item><PicMd5Sum>x</PicMd5Sum></item></PicList></SendPicsInfo></xml>");

        Assert.Equal("<Count>1</Count><PicList><item><PicMd5Sum>x</PicMd5Sum></item></PicList>", other.Fields["SendPicsInfo"]);
    }

    [Fact]
    public void Fields_keep_document_order_and_a_repeated_name_keeps_its_first_value()
    {
        var other = Parse("<xml><MsgType>text</MsgType><Content>first</Content><MsgId>1</MsgId><Content>second</Content></xml>");

        Assert.Equal(["MsgType", "Content", "MsgId"], other.Fields.Keys);
        Assert.Equal("first", other.Fields["Content"]);
        Assert.Contains("second", other.Xml);
    }

    [Theory]
    [InlineData("UserID")]
    [InlineData("ExternalUserID")]
    [InlineData("CreateTime")]
    public void An_added_contact_without_a_field_it_needs_is_malformed(string missing)
    {
        var xml = System.Text.RegularExpressions.Regex.Replace(OfficialExample, $"<{missing}>.*</{missing}>", "");

        Assert.Equal(CallbackErrorReason.MalformedXml, CallbackEventParser.Parse(xml, new FakeTimeProvider(Arrival)).Error?.Reason);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    public void An_added_contact_with_a_create_time_that_is_not_a_unix_time_is_malformed(string createTime)
    {
        var xml = OfficialExample.Replace("1403610513", createTime);

        Assert.Equal(CallbackErrorReason.MalformedXml, CallbackEventParser.Parse(xml, new FakeTimeProvider(Arrival)).Error?.Reason);
    }

    [Fact]
    public void An_event_names_its_fields_but_never_shows_the_welcome_code()
    {
        var text = Parse(OfficialExample).ToString();

        Assert.Contains("WelcomeCode", text);
        Assert.DoesNotContain("WELCOMECODE", text);
    }

    private static WeComCallbackEvent Parse(string xml)
    {
        var result = CallbackEventParser.Parse(xml, new FakeTimeProvider(Arrival));
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value;
    }
}
