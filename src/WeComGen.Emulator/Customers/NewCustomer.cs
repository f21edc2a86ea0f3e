using System.Collections.Generic;

namespace WeComGen.Emulator.Customers;

/// <summary>
/// A customer to add with <see cref="WeComEmulator.AddCustomerAsync(string, NewCustomer, System.Threading.CancellationToken)"/>:
/// who they are (a profile is made the first time an external userid is added) and how the member added them.
/// Anything left out gets a plausible default.
/// </summary>
/// <param name="ExternalUserId">The customer's external userid (<c>wm…</c> or <c>wo…</c>).</param>
public sealed record NewCustomer(string ExternalUserId)
{
    /// <summary>The WeChat nickname or WeCom display name; by default one of <see cref="CustomerNames.Pool"/>, chosen by the external userid.</summary>
    public string? Name { get; init; }

    /// <summary>A WeChat user (1, the default) or a WeCom user (2).</summary>
    public CustomerType Type { get; init; } = CustomerType.WeChat;

    /// <summary>The gender; by default one chosen by the external userid.</summary>
    public CustomerGender? Gender { get; init; }

    /// <summary>The contact-me <c>state</c> the add event and the follow user carry.</summary>
    public string? State { get; init; }

    /// <summary>The member's remark for the customer.</summary>
    public string Remark { get; init; } = "";

    /// <summary>The member's description of the customer.</summary>
    public string Description { get; init; } = "";

    /// <summary>How the customer was added (<c>add_way</c>): 1, scanned a QR code, by default; any int is taken.</summary>
    public int AddWay { get; init; } = 1;

    /// <summary>The tags the member put on the customer.</summary>
    public IReadOnlyList<FollowUserTag> Tags { get; init; } = [];
}

/// <summary>What kind of account a customer has (<c>external_contact.type</c>).</summary>
public enum CustomerType
{
    /// <summary>1: a WeChat user; has a <c>unionid</c>.</summary>
    WeChat = 1,

    /// <summary>2: a WeCom user.</summary>
    WeCom = 2,
}

/// <summary>A customer's gender (<c>external_contact.gender</c>).</summary>
public enum CustomerGender
{
    /// <summary>0: unknown.</summary>
    Unknown = 0,

    /// <summary>1: male.</summary>
    Male = 1,

    /// <summary>2: female.</summary>
    Female = 2,
}
