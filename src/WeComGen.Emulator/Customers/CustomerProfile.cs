using System;
using System.Collections.Generic;

namespace WeComGen.Emulator.Customers;

/// <summary>A customer as <c>externalcontact/get</c> describes them: who they are and the members who follow them. A snapshot.</summary>
public sealed class CustomerProfile
{
    internal CustomerProfile(string externalUserId, string name, CustomerType type, CustomerGender gender, string avatar, string? unionId, IReadOnlyList<FollowUser> followUsers)
    {
        ExternalUserId = externalUserId;
        Name = name;
        Type = type;
        Gender = gender;
        Avatar = avatar;
        UnionId = unionId;
        FollowUsers = followUsers;
    }

    /// <summary><c>external_userid</c>.</summary>
    public string ExternalUserId { get; }

    /// <summary><c>name</c>: the WeChat nickname or WeCom display name, Chinese and emoji as given.</summary>
    public string Name { get; }

    /// <summary><c>type</c>.</summary>
    public CustomerType Type { get; }

    /// <summary><c>gender</c>.</summary>
    public CustomerGender Gender { get; }

    /// <summary><c>avatar</c>: a URL on WeCom's avatar host (the inbox never loads it).</summary>
    public string Avatar { get; }

    /// <summary><c>unionid</c>, for a WeChat user only.</summary>
    public string? UnionId { get; }

    /// <summary><c>follow_user</c>: the members who added the customer, in the order they did.</summary>
    public IReadOnlyList<FollowUser> FollowUsers { get; }
}

/// <summary>A member who added the customer (<c>follow_user[]</c>).</summary>
/// <param name="UserId">The member's userid.</param>
/// <param name="CreatedAt">When the member added the customer, by the emulator's clock (<c>createtime</c>).</param>
public sealed record FollowUser(string UserId, DateTimeOffset CreatedAt)
{
    /// <summary><c>remark</c>.</summary>
    public string Remark { get; init; } = "";

    /// <summary><c>description</c>.</summary>
    public string Description { get; init; } = "";

    /// <summary><c>add_way</c>.</summary>
    public int AddWay { get; init; }

    /// <summary><c>oper_userid</c>: the customer's external userid when the customer added the member, else the member's userid.</summary>
    public string OperUserId { get; init; } = "";

    /// <summary><c>state</c>, when the add event had one.</summary>
    public string? State { get; init; }

    /// <summary><c>tags</c>.</summary>
    public IReadOnlyList<FollowUserTag> Tags { get; init; } = [];
}

/// <summary>A tag a member put on a customer (<c>follow_user[].tags[]</c>).</summary>
/// <param name="GroupName"><c>group_name</c>.</param>
/// <param name="TagName"><c>tag_name</c>.</param>
/// <param name="Type"><c>type</c>: 1 a corp tag, 2 a personal tag, 3 a rule-group tag.</param>
/// <param name="TagId"><c>tag_id</c>; a personal tag has none.</param>
public sealed record FollowUserTag(string GroupName, string TagName, int Type, string? TagId);
