using System;
using System.Security.Cryptography;

namespace WeComGen.Emulator.Callbacks;

/// <summary>Fresh callback credentials for each emulated app, so none is ever written down.</summary>
internal static class CallbackSecrets
{
    /// <summary>A Token as the admin console makes one: 32 letters and digits.</summary>
    public static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>An EncodingAESKey: 32 random bytes in base64 without the trailing <c>=</c>, 43 characters.</summary>
    public static string NewEncodingAesKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=');
}
