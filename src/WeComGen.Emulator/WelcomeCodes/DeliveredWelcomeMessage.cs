using System;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.WelcomeCodes;

/// <summary>
/// A welcome message the emulator delivered: which code, through which app, when, and the body as it came over the
/// wire. Read the body with your own generated context:
/// <c>JsonSerializer.Deserialize(delivered.Json, ExternalContactJsonContext.Default.SendWelcomeMsgRequest)</c>.
/// </summary>
/// <param name="WelcomeCode">The welcome_code used.</param>
/// <param name="App">The app whose token sent it.</param>
/// <param name="DeliveredAt">When, by the emulator's clock.</param>
/// <param name="Json">The request body, as received.</param>
public sealed record DeliveredWelcomeMessage(string WelcomeCode, EmulatedApp App, DateTimeOffset DeliveredAt, string Json)
{
    /// <summary>The body as the emulator read it, with its own generated types.</summary>
    internal SendWelcomeMsgRequest Request { get; init; } = null!;
}
