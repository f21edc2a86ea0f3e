using System;
using System.Text.Json;

namespace WeComGen.Emulator.WelcomeCodes;

/// <summary>A welcome message the emulator delivered: which code, through which app, when, and the request body.</summary>
/// <param name="WelcomeCode">The welcome_code used.</param>
/// <param name="App">The app whose token sent it.</param>
/// <param name="DeliveredAt">When, by the emulator's clock.</param>
/// <param name="Body">The request body as received.</param>
public sealed record DeliveredWelcomeMessage(string WelcomeCode, EmulatedApp App, DateTimeOffset DeliveredAt, JsonElement Body);
