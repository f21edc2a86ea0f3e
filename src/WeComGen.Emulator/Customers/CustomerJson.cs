using System.Linq;
using System.Text.Json;

namespace WeComGen.Emulator.Customers;

/// <summary>A profile as <c>externalcontact/get</c> writes it, field by field in the page's order.</summary>
internal static class CustomerJson
{
    public static void Write(Utf8JsonWriter json, CustomerProfile profile, int from, int to)
    {
        json.WriteStartObject("external_contact");
        json.WriteString("external_userid", profile.ExternalUserId);
        json.WriteString("name", profile.Name);
        json.WriteString("avatar", profile.Avatar);
        json.WriteNumber("type", (int)profile.Type);
        json.WriteNumber("gender", (int)profile.Gender);
        if (profile.UnionId is { } unionId)
        {
            json.WriteString("unionid", unionId);
        }

        json.WriteEndObject();
        json.WriteStartArray("follow_user");
        foreach (var followUser in profile.FollowUsers.Skip(from).Take(to - from))
        {
            FollowUser(json, followUser);
        }

        json.WriteEndArray();
    }

    private static void FollowUser(Utf8JsonWriter json, FollowUser followUser)
    {
        json.WriteStartObject();
        json.WriteString("userid", followUser.UserId);
        json.WriteString("remark", followUser.Remark);
        json.WriteString("description", followUser.Description);
        json.WriteNumber("createtime", followUser.CreatedAt.ToUnixTimeSeconds());
        json.WriteStartArray("tags");
        foreach (var tag in followUser.Tags)
        {
            json.WriteStartObject();
            json.WriteString("group_name", tag.GroupName);
            json.WriteString("tag_name", tag.TagName);
            if (tag.TagId is { } tagId)
            {
                json.WriteString("tag_id", tagId);
            }

            json.WriteNumber("type", tag.Type);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("remark_corp_name", "");
        json.WriteStartArray("remark_mobiles");
        json.WriteEndArray();
        if (followUser.State is { } state)
        {
            json.WriteString("state", state);
        }

        json.WriteString("oper_userid", followUser.OperUserId);
        json.WriteNumber("add_way", followUser.AddWay);
        json.WriteEndObject();
    }
}
