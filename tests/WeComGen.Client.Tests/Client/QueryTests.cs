using System.Text;
using WeComGen.Client.Tests.Support;

namespace WeComGen.Client.Tests.Client;

/// <summary>Query members follow the access token, escaped by RFC 3986; a GET carries no body.</summary>
public sealed class QueryTests
{
    [Fact]
    public async Task A_get_sends_its_members_escaped_after_the_token_and_no_body()
    {
        using var wire = new WireClient();
        var request = new GetCustomerRequest { ExternalUserId = "wo AJ&x=1+/", Cursor = "游标~" };

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.GetCustomer, request);

        Assert.True(outcome.IsSuccess, outcome.ToString());
        var sent = Assert.Single(wire.Recorder.Requests);
        Assert.Equal("GET", sent.Method);
        Assert.Equal("/cgi-bin/externalcontact/get?access_token=token-1&external_userid=wo%20AJ%26x%3D1%2B%2F&cursor=%E6%B8%B8%E6%A0%87~", sent.PathAndQuery);
        Assert.Null(sent.ContentType);
        Assert.Null(sent.Body);
    }

    [Fact]
    public async Task A_member_without_a_value_is_left_out()
    {
        using var wire = new WireClient();

        await wire.Client.SendAsync(ShapeEndpoints.GetCustomer, new GetCustomerRequest { ExternalUserId = "woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA" });

        Assert.Equal("/cgi-bin/externalcontact/get?access_token=token-1&external_userid=woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA", Assert.Single(wire.Recorder.Requests).PathAndQuery);
    }

    [Fact]
    public async Task A_json_post_keeps_its_query_members_out_of_its_body()
    {
        using var wire = new WireClient();

        await wire.Client.SendAsync(ShapeEndpoints.Tagged, new TaggedRequest { Tag = "a b", Text = "hello" });

        var sent = Assert.Single(wire.Recorder.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/cgi-bin/tagged?access_token=token-1&tag=a%20b", sent.PathAndQuery);
        Assert.Equal("application/json; charset=utf-8", sent.ContentType);
        Assert.Equal("""{"text":"hello"}""", Encoding.UTF8.GetString(sent.Body!));
    }

    [Fact]
    public async Task A_refreshed_token_keeps_the_query_members()
    {
        using var wire = new WireClient(42001);

        var outcome = await wire.Client.SendAsync(ShapeEndpoints.GetCustomer, new GetCustomerRequest { ExternalUserId = "wo1", Cursor = "c" });

        Assert.True(outcome.IsSuccess, outcome.ToString());
        Assert.Equal(
            ["/cgi-bin/externalcontact/get?access_token=token-1&external_userid=wo1&cursor=c", "/cgi-bin/externalcontact/get?access_token=token-2&external_userid=wo1&cursor=c"],
            wire.Recorder.Requests.Select(r => r.PathAndQuery));
    }
}
