using System;
using System.Threading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

/// <summary>
/// When a callback's handler must be done: a welcome code's receipt plus its validity, which comes from
/// <see cref="WeComCallbackOptions.WelcomeCodeValidity"/> or else from the contracts registered when the callback is
/// dispatched (the generated assembly may load after the app starts); any other callback's arrival plus
/// <see cref="WeComCallbackOptions.HandlerTimeout"/>.
/// </summary>
internal sealed class CallbackDeadlines(
    IOptions<WeComCallbackOptions> options,
    ILogger<CallbackDeadlines> logger,
    Func<string, TimeSpan?> registeredValidity)
{
    private int _unknownReported;

    /// <summary>The deadline; <see langword="false"/> (reported once) when no one says how long a welcome code is valid.</summary>
    public bool TryGetDeadline(WeComCallbackEvent callbackEvent, out DateTimeOffset deadline)
    {
        if (callbackEvent is not ExternalContactAddedEvent { WelcomeCode.ReceivedAt: { } receivedAt })
        {
            deadline = callbackEvent.ReceivedAt + options.Value.HandlerTimeout;
            return true;
        }

        if ((options.Value.WelcomeCodeValidity ?? registeredValidity(ExternalContactAddedEvent.WelcomeCodeIssuer)) is { } validity)
        {
            deadline = receivedAt + validity;
            return true;
        }

        if (Interlocked.Exchange(ref _unknownReported, 1) == 0)
        {
            CallbackLog.ValidityUnknown(logger, new WelcomeCodeValidityUnknownException(ExternalContactAddedEvent.WelcomeCodeIssuer));
        }

        deadline = default;
        return false;
    }
}
