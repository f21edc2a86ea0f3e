using System;

namespace WeComGen.Personalisation;

/// <summary>
/// A welcome's text: personalised with <see cref="CustomerName"/>, or the plain greeting with the
/// <see cref="FallbackReason"/>; and how long the lookup took (zero when none was made).
/// </summary>
public sealed record Greeting(string Text, string? CustomerName, TimeSpan LookupTime, string? FallbackReason)
{
    /// <summary>Whether the greeting carries the customer's name.</summary>
    public bool IsPersonalised => FallbackReason is null;
}
