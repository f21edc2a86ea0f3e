using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WeComGen.Emulator.Faults;
using WeComGen.Emulator.Http;
using WeComGen.Emulator.Neighbours;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.Customers;

/// <summary>
/// <c>externalcontact/get</c>: a customer's profile and, 500 a page, the members who follow them; and a route
/// that gives a customer many follow users at once.
/// </summary>
internal sealed class CustomerRoutes(ApiGate gate, CustomerDirectory directory)
{
    public const string AddFollowUsersPath = "/emulator/customer/follow_users";

    /// <summary>The most follow users one call of <see cref="AddFollowUsersPath"/> adds.</summary>
    private const int MostFollowUsersAtOnce = 10_000;

    private readonly FollowUserCursor _cursors = new();

    public void Map(WebApplication app)
    {
        app.MapGet(NeighbourContract.CustomerDetails.Path, GetAsync);
        app.MapPost(AddFollowUsersPath, AddFollowUsersAsync);
    }

    /// <summary><c>GET externalcontact/get?access_token=…&amp;external_userid=…[&amp;cursor=…]</c>.</summary>
    private async Task GetAsync(HttpContext context)
    {
        if (await gate.AdmitAsync(context, EmulatedEndpoint.ExternalContactGet, Refuse) is null)
        {
            return;
        }

        var query = context.Request.Query;
        if (query["external_userid"].ToString() is not { Length: > 0 } externalUserId)
        {
            await Refuse(context, NeighbourContract.CustomerDetails.CustomerMissing);
            return;
        }

        if (directory.Find(externalUserId) is not { } profile)
        {
            await Refuse(context, NeighbourContract.CustomerDetails.UnknownCustomer);
            return;
        }

        var offset = 0;
        if (query["cursor"].ToString() is { Length: > 0 } cursor && (!_cursors.TryRead(externalUserId, cursor, out offset) || offset > profile.FollowUsers.Count))
        {
            await Refuse(context, NeighbourContract.CustomerDetails.InvalidCursor);
            return;
        }

        var end = Math.Min(offset + NeighbourContract.CustomerDetails.FollowUsersPerPage, profile.FollowUsers.Count);
        await Answers.Write(context, (int)WeComErrorCode.Ok, null, json =>
        {
            CustomerJson.Write(json, profile, offset, end);
            // "" when there is no next page: always present, as in the composed example (absent is unconfirmed).
            json.WriteString("next_cursor", end < profile.FollowUsers.Count ? _cursors.Issue(externalUserId, end) : "");
        });
    }

    /// <summary><c>POST /emulator/customer/follow_users?external_userid=…&amp;count=N</c>: N more members follow the customer.</summary>
    private async Task AddFollowUsersAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (!int.TryParse(query["count"], out var count) || count is <= 0 or > MostFollowUsersAtOnce)
        {
            await Answers.Error(context, WeComErrorCode.InvalidParameter, $"count must be 1 to {MostFollowUsersAtOnce}");
            return;
        }

        if (directory.Find(query["external_userid"].ToString()) is null)
        {
            await Refuse(context, NeighbourContract.CustomerDetails.UnknownCustomer);
            return;
        }

        var profile = directory.AddFollowUsers(query["external_userid"]!, count);
        await Answers.Write(context, (int)WeComErrorCode.Ok, null, json => json.WriteNumber("follow_users", profile.FollowUsers.Count));
    }

    private static Task Refuse(HttpContext context, NeighbourError error) => Refuse(context, error.Code, error.ErrMsg);

    /// <summary>An error as WeCom sends one from this API: with an empty <c>external_contact</c> and <c>follow_user</c>.</summary>
    private static Task Refuse(HttpContext context, int code, string errmsg) => Answers.Write(context, code, errmsg, json =>
    {
        json.WriteStartObject("external_contact");
        json.WriteEndObject();
        json.WriteStartArray("follow_user");
        json.WriteEndArray();
    });
}
