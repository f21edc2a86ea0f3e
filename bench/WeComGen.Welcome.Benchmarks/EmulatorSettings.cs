using System;
using System.Collections.Generic;
using WeComGen.Emulator;
using WeComGen.Samples.WelcomeBot;

namespace WeComGen.Welcome.Benchmarks;

/// <summary>What a bot in another process needs of the emulator: its address, corp, secret and callback credentials.</summary>
internal sealed record EmulatorSettings(Uri BaseAddress, string CorpId, string Secret, string Token, string EncodingAesKey)
{
    /// <summary>The settings of <paramref name="wecom"/>.</summary>
    public static EmulatorSettings Of(WeComEmulator wecom) =>
        new(wecom.BaseAddress, wecom.CorpId, wecom.Secret, wecom.CallbackToken, wecom.CallbackEncodingAesKey);

    /// <summary>The settings as command-line arguments, in the order <see cref="TryParse"/> reads them.</summary>
    public string[] Arguments() => [BaseAddress.ToString(), CorpId, Secret, Token, EncodingAesKey];

    /// <summary>Reads what <see cref="Arguments"/> wrote.</summary>
    public static bool TryParse(ReadOnlySpan<string> args, out EmulatorSettings settings)
    {
        settings = null!;
        if (args.Length != 5 || !Uri.TryCreate(args[0], UriKind.Absolute, out var baseAddress))
        {
            return false;
        }

        settings = new EmulatorSettings(baseAddress, args[1], args[2], args[3], args[4]);
        return true;
    }

    /// <summary>The bot's configuration for this emulator, under the sample's section.</summary>
    public Dictionary<string, string?> Configuration() => new()
    {
        [$"{WelcomeBot.Section}:CorpId"] = CorpId,
        [$"{WelcomeBot.Section}:Secret"] = Secret,
        [$"{WelcomeBot.Section}:Token"] = Token,
        [$"{WelcomeBot.Section}:EncodingAESKey"] = EncodingAesKey,
        [$"{WelcomeBot.Section}:BaseAddress"] = BaseAddress.ToString(),
    };
}
