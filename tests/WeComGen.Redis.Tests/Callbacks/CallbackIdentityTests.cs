using WeComGen.Callbacks;

namespace WeComGen.Redis.Tests.Callbacks;

/// <summary>What makes two callbacks the same event: never two customers, always a re-send.</summary>
public sealed class CallbackIdentityTests
{
    private static readonly DateTimeOffset Second = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static WeComCallbackEvent Added(string externalUserId, string? welcomeCode, string userId = "zhangsan", DateTimeOffset? createTime = null) =>
        CallbackEventParser.Parse(CallbackEventXml.ExternalContactAdded("wwcorp", userId, externalUserId, createTime ?? Second, welcomeCode), DateTimeOffset.UtcNow).Value!;

    [Fact]
    public void Two_customers_added_in_the_same_second_are_two_events() =>
        Assert.NotEqual(CallbackIdentity.Of(Added("wmCustomerA", "codeA")), CallbackIdentity.Of(Added("wmCustomerB", "codeB")));

    [Fact]
    public void The_same_customer_added_by_two_members_in_the_same_second_is_two_events() =>
        Assert.NotEqual(CallbackIdentity.Of(Added("wmCustomer", null, "zhangsan")), CallbackIdentity.Of(Added("wmCustomer", null, "lisi")));

    [Fact]
    public void Two_welcome_codes_for_one_customer_in_one_second_are_two_events() =>
        Assert.NotEqual(CallbackIdentity.Of(Added("wmCustomer", "code1")), CallbackIdentity.Of(Added("wmCustomer", "code2")));

    [Fact]
    public void A_re_sent_callback_is_the_same_event_though_it_arrives_later() =>
        Assert.Equal(
            CallbackIdentity.Of(Added("wmCustomer", "code")),
            CallbackIdentity.Of(CallbackEventParser.Parse(CallbackEventXml.ExternalContactAdded("wwcorp", "zhangsan", "wmCustomer", Second, "code"), DateTimeOffset.UtcNow.AddSeconds(5)).Value!));

    [Fact]
    public void The_same_customer_added_again_a_second_later_is_another_event() =>
        Assert.NotEqual(CallbackIdentity.Of(Added("wmCustomer", null)), CallbackIdentity.Of(Added("wmCustomer", null, createTime: Second.AddSeconds(1))));

    [Fact]
    public void Values_cannot_run_together_into_another_event() =>
        Assert.NotEqual(CallbackIdentity.Of(Added("ab", null, "c")), CallbackIdentity.Of(Added("b", null, "ca")));
}
