using System;
using Microsoft.Extensions.Logging;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

/// <summary>
/// Every log line of the callback endpoint. Events are logged by their ToString, which names fields but
/// never shows values; errors by their reason and message, which never quote a token, key or plaintext.
/// </summary>
internal static partial class CallbackLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Refused a WeCom callback request ({Reason}): {Detail}")]
    public static partial void Refused(ILogger logger, CallbackErrorReason reason, string detail);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Answered WeCom's URL verification")]
    public static partial void Verified(ILogger logger);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Ignored a repeated WeCom callback: {Event}")]
    public static partial void Duplicate(ILogger logger, string @event);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "The WeCom callback queue is full; answered 503 so that WeCom retries: {Event}")]
    public static partial void QueueFull(ILogger logger, string @event);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "A WeCom callback handler was cancelled because {Cause}: {Event}")]
    public static partial void HandlerCancelled(ILogger logger, string @event, string cause);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "A WeCom callback handler failed: {Event}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string @event);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "A WeCom callback arrived {Lag} after its CreateTime (a re-send, or clocks apart): its welcome code counts from CreateTime plus the allowance: {Event}")]
    public static partial void CountedFromCreateTime(ILogger logger, TimeSpan lag, string @event);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error, Message = "WeCom callbacks with a welcome code are answered 503 until the code's validity is known")]
    public static partial void ValidityUnknown(ILogger logger, Exception exception);

    public static void Refused(ILogger logger, CallbackError error) => Refused(logger, error.Reason, error.Message);
}
