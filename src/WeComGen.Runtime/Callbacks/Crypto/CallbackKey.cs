using System;

namespace WeComGen.Callbacks;

/// <summary>The AES key of an EncodingAESKey: 43 base64 characters that decode, with a trailing <c>=</c>, to 32 bytes.</summary>
internal sealed class CallbackKey
{
    /// <summary>The length of an EncodingAESKey in characters.</summary>
    public const int EncodedLength = 43;

    private CallbackKey(byte[] key) => Key = key;

    /// <summary>The 32-byte AES-256 key.</summary>
    public byte[] Key { get; }

    /// <summary>The CBC initialisation vector: the first 16 bytes of the key, as the scheme fixes it.</summary>
    public byte[] Iv => Key.AsSpan(0, 16).ToArray();

    /// <summary>Checks and decodes <paramref name="encodingAesKey"/>; the error never quotes it.</summary>
    public static CallbackResult<CallbackKey> Parse(string? encodingAesKey)
    {
        if (encodingAesKey is null || encodingAesKey.Length != EncodedLength)
        {
            return CallbackResult.Fail(
                CallbackErrorReason.InvalidKey,
                $"The EncodingAESKey must be {EncodedLength} characters; it has {encodingAesKey?.Length ?? 0}.");
        }

        for (var i = 0; i < encodingAesKey.Length; i++)
        {
            if (!IsBase64Letter(encodingAesKey[i]))
            {
                return CallbackResult.Fail(
                    CallbackErrorReason.InvalidKey,
                    $"The EncodingAESKey may hold only base64 letters (A-Z, a-z, 0-9, +, /); character {i + 1} is not one.");
            }
        }

        return CallbackResult.Success(new CallbackKey(Convert.FromBase64String(encodingAesKey + "=")));
    }

    /// <inheritdoc/>
    public override string ToString() => "AES-256 key (hidden)";

    private static bool IsBase64Letter(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/';
}
