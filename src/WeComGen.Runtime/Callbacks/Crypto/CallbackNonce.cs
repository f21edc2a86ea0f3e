using System.Security.Cryptography;
using System.Text;

namespace WeComGen.Callbacks;

/// <summary>Nonces as WeCom writes them: ten decimal digits.</summary>
internal static class CallbackNonce
{
    private const int Length = 10;

    public static string Next(RandomNumberGenerator random)
    {
        var bytes = new byte[Length];
        random.GetBytes(bytes);
        var digits = new StringBuilder(Length);
        foreach (var b in bytes)
        {
            digits.Append((char)('0' + (b % 10)));
        }

        return digits.ToString();
    }
}
