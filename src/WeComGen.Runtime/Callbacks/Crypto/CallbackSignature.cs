using System;
using System.Security.Cryptography;
using System.Text;

namespace WeComGen.Callbacks;

/// <summary><c>msg_signature</c>: lower-case hex SHA-1 over the token, timestamp, nonce and ciphertext, sorted and concatenated.</summary>
internal static class CallbackSignature
{
    /// <summary>The signature WeCom computes for these four values.</summary>
    public static string Compute(string token, string timestamp, string nonce, string encrypt)
    {
        var parts = new[] { token, timestamp, nonce, encrypt };
        Array.Sort(parts, StringComparer.Ordinal);
        using var sha1 = SHA1.Create();
        var hash = sha1.ComputeHash(Encoding.UTF8.GetBytes(string.Concat(parts)));
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append(b.ToString("x2"));
        }

        return hex.ToString();
    }

    /// <summary>Whether <paramref name="presented"/> is <paramref name="expected"/>, compared in constant time (case-insensitive hex).</summary>
    public static bool Matches(string expected, string presented) =>
        ConstantTime.Equals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(presented.ToLowerInvariant()));
}
