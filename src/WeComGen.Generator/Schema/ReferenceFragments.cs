using System.Collections.Generic;
using System.Text;

namespace WeComGen.Generator.Schema;

/// <summary>The two decodings a <c>$ref</c> fragment goes through: URI percent-encoding, then JSON Pointer escapes.</summary>
internal static class ReferenceFragments
{
    /// <summary>
    /// <c>%CE%A9</c> -> <c>Ω</c> (RFC 3986: the octets are UTF-8); <see langword="null"/> for a malformed escape or
    /// octets that are not UTF-8.
    /// </summary>
    public static string? PercentDecode(string fragment)
    {
        if (fragment.IndexOf('%') < 0)
        {
            return fragment;
        }

        var octets = new List<byte>(fragment.Length);
        var literal = 0;
        for (var i = 0; i < fragment.Length; i++)
        {
            if (fragment[i] != '%')
            {
                continue;
            }

            octets.AddRange(Encoding.UTF8.GetBytes(fragment.Substring(literal, i - literal)));
            if (i + 2 >= fragment.Length || Hex(fragment[i + 1]) is not { } high || Hex(fragment[i + 2]) is not { } low)
            {
                return null;
            }

            octets.Add((byte)((high << 4) | low));
            i += 2;
            literal = i + 1;
        }

        octets.AddRange(Encoding.UTF8.GetBytes(fragment.Substring(literal)));
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(octets.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary><c>~1</c> -> <c>/</c>, then <c>~0</c> -> <c>~</c> (RFC 6901, in that order).</summary>
    public static string UnescapePointerToken(string token) => token.Replace("~1", "/").Replace("~0", "~");

    private static int? Hex(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => null,
    };
}
