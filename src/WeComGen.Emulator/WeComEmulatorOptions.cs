using System;
using System.Collections.Generic;
using WeComGen.Emulator.Callbacks;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator;

/// <summary>How a <see cref="WeComEmulator"/> behaves.</summary>
public sealed class WeComEmulatorOptions
{
    /// <summary>The corp ID <c>gettoken</c> accepts.</summary>
    public string CorpId { get; set; } = "wwemulatorcorp0001";

    /// <summary>The apps of the corp, each with its own secret and token; the first is the default app.</summary>
    public IList<EmulatedApp> Apps { get; set; } = [new EmulatedApp("welcome-bot", "emulator-secret-welcome-bot")];

    /// <summary>The <c>expires_in</c> of a new access token.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(7200);

    /// <summary>How long a welcome code is valid after it is issued: by default the schema's credential validity (the page says 20 seconds).</summary>
    public TimeSpan WelcomeCodeValidity { get; set; } = ExternalContactEndpoints.SendWelcomeMsg.CredentialValidity
        ?? throw new InvalidOperationException("The schema gives send_welcome_msg no credential validity.");

    /// <summary>
    /// How long (wall-clock) a send of a welcome message stays in flight before it is delivered; meanwhile other
    /// sends of the same code get 41096.
    /// </summary>
    public TimeSpan DeliveryTime { get; set; } = TimeSpan.Zero;

    /// <summary>The emulator's clock: token lifetimes and welcome-code validity run on it.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The callback Token of the app's callback settings; a fresh random one by default.</summary>
    public string CallbackToken { get; set; } = CallbackSecrets.NewToken();

    /// <summary>The callback EncodingAESKey of the app's callback settings (43 characters); a fresh random one by default.</summary>
    public string CallbackEncodingAesKey { get; set; } = CallbackSecrets.NewEncodingAesKey();

    /// <summary>Where the emulator POSTs callbacks; <see cref="WeComEmulator.UseCallbackUrl"/> sets it after start.</summary>
    public Uri? CallbackUrl { get; set; }

    /// <summary>Whether to log requests to the console (standalone use).</summary>
    public bool LogToConsole { get; set; }
}

/// <summary>An app of the emulated corp: a name for assertions and the secret its <c>gettoken</c> call uses.</summary>
public sealed record EmulatedApp(string Name, string Secret)
{
    /// <summary>The app's name; the secret is never shown.</summary>
    public override string ToString() => Name;
}
