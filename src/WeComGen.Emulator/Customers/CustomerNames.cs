using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace WeComGen.Emulator.Customers;

/// <summary>The names and looks a customer gets when the caller gives none: chosen by the external userid, so the same id always looks the same.</summary>
public static class CustomerNames
{
    /// <summary>WeChat nicknames as people choose them: Chinese names, and names with emoji.</summary>
    public static IReadOnlyList<string> Pool { get; } =
    [
        "张伟", "王芳", "李娜🌸", "刘洋", "陈静 😊", "杨帆⛵", "赵敏", "黄磊🎸", "周婷婷", "吴昊🍀", "小鱼儿🐟", "Lucy 🐱",
    ];

    internal static string NameFor(string externalUserId) => Pool[(int)(Seed(externalUserId) % (uint)Pool.Count)];

    internal static CustomerGender GenderFor(string externalUserId) => (CustomerGender)(Seed(externalUserId) / 16 % 3);

    /// <summary>An avatar URL on the host WeCom uses for the account's kind; never fetched by the emulator.</summary>
    internal static string AvatarFor(string externalUserId, CustomerType type) => type == CustomerType.WeChat
        ? $"http://wx.qlogo.cn/mmhead/{Hex(externalUserId, "avatar")}/0"
        : $"https://p.qlogo.cn/bizmail/{Hex(externalUserId, "avatar")}/0";

    /// <summary>A 28-character unionid, as the Open Platform issues them.</summary>
    internal static string UnionIdFor(string externalUserId) =>
        "o" + Convert.ToBase64String(Hash(externalUserId, "unionid")).Replace('+', '-').Replace('/', '_')[..27];

    private static uint Seed(string externalUserId) => BitConverter.ToUInt32(Hash(externalUserId, "seed"));

    private static string Hex(string externalUserId, string purpose) => Convert.ToHexStringLower(Hash(externalUserId, purpose))[..32];

    private static byte[] Hash(string externalUserId, string purpose) => SHA256.HashData(Encoding.UTF8.GetBytes(purpose + "\n" + externalUserId));
}
