#if NET8_0_OR_GREATER
using System.Security.Cryptography;
#else
using System.Runtime.CompilerServices;
#endif

namespace WeComGen.Callbacks;

/// <summary>Comparisons whose time does not depend on where the inputs differ, so a signature cannot be guessed byte by byte.</summary>
internal static class ConstantTime
{
    /// <summary>Whether <paramref name="left"/> and <paramref name="right"/> hold the same bytes.</summary>
#if NET8_0_OR_GREATER
    public static bool Equals(byte[] left, byte[] right) => CryptographicOperations.FixedTimeEquals(left, right);
#else
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
    public static bool Equals(byte[] left, byte[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        var difference = 0;
        for (var i = 0; i < left.Length; i++)
        {
            difference |= left[i] ^ right[i];
        }

        return difference == 0;
    }
#endif
}
