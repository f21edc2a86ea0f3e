using System.Security.Cryptography;

namespace WeComGen.Callbacks.Tests;

/// <summary>A "random" source that hands out the given bytes, over and over: makes ciphertexts reproducible.</summary>
internal sealed class ReplayRandom(byte[] bytes) : RandomNumberGenerator
{
    private int _next;

    public override void GetBytes(byte[] data)
    {
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = bytes[_next++ % bytes.Length];
        }
    }
}
