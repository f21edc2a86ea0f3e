using System;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace WeComGen.Emulator.Customers;

/// <summary>
/// The <c>next_cursor</c> of <c>externalcontact/get</c>: where the next page starts, signed with a key only this
/// emulator has, so a cursor it did not issue (forged, edited, another customer's) is told apart without keeping any.
/// </summary>
internal sealed class FollowUserCursor
{
    private const int MacLength = 12;

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string Issue(string externalUserId, int offset)
    {
        var cursor = new byte[4 + MacLength];
        BinaryPrimitives.WriteInt32BigEndian(cursor, offset);
        Mac(externalUserId, offset).CopyTo(cursor.AsSpan(4));
        return Encode(cursor);
    }

    /// <summary>The offset <paramref name="cursor"/> stands for, when this emulator issued it for <paramref name="externalUserId"/>.</summary>
    public bool TryRead(string externalUserId, string cursor, out int offset)
    {
        offset = 0;
        var bytes = new byte[4 + MacLength];
        var base64 = cursor.Replace('-', '+').Replace('_', '/') + "==";
        if (cursor.Length != 22 || !Convert.TryFromBase64String(base64, bytes, out var written) || written != bytes.Length)
        {
            return false;
        }

        // Base64 lets the last character's spare bits vary: only the emulator's own spelling is its cursor.
        offset = BinaryPrimitives.ReadInt32BigEndian(bytes);
        return Encode(bytes) == cursor && offset > 0 && CryptographicOperations.FixedTimeEquals(bytes.AsSpan(4), Mac(externalUserId, offset));
    }

    private static string Encode(byte[] cursor) => Convert.ToBase64String(cursor).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private byte[] Mac(string externalUserId, int offset) =>
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(offset.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + externalUserId))[..MacLength];
}
