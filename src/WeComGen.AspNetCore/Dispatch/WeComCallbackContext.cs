using System;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

/// <summary>One callback being handled: the event, a service scope of its own, and the deadline.</summary>
public sealed class WeComCallbackContext
{
    internal WeComCallbackContext(WeComCallbackEvent callbackEvent, IServiceProvider services, DateTimeOffset deadline)
    {
        Event = callbackEvent;
        Services = services;
        Deadline = deadline;
    }

    /// <summary>
    /// The decrypted event: <see cref="ExternalContactAddedEvent"/> for an added contact (check
    /// <see cref="ExternalContactAddedEvent.CanSendWelcome"/>), <see cref="OtherCallbackEvent"/> for everything else.
    /// </summary>
    public WeComCallbackEvent Event { get; }

    /// <summary>Services from a scope created for this callback and disposed after the handler.</summary>
    public IServiceProvider Services { get; }

    /// <summary>
    /// When the handler's cancellation token fires: the welcome code's expiry for an added contact with a code,
    /// otherwise the arrival plus <see cref="WeComCallbackOptions.HandlerTimeout"/>.
    /// </summary>
    public DateTimeOffset Deadline { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Event} until {Deadline:O}";
}
