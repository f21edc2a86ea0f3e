using System;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.WelcomeCodes;

/// <summary>A welcome message the emulator delivered: which code, through which app, when, and what it said.</summary>
/// <param name="WelcomeCode">The welcome_code used.</param>
/// <param name="App">The app whose token sent it.</param>
/// <param name="DeliveredAt">When, by the emulator's clock.</param>
/// <param name="Request">The request as received, read with the generated types.</param>
public sealed record DeliveredWelcomeMessage(string WelcomeCode, EmulatedApp App, DateTimeOffset DeliveredAt, SendWelcomeMsgRequest Request);
