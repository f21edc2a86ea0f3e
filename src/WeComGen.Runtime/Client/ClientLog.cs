using System;
using Microsoft.Extensions.Logging;
using WeComGen.Endpoints;

namespace WeComGen.Client;

/// <summary>
/// What the client logs: endpoint names, paths (never the query string, which carries the access token),
/// masked event codes, error codes and decisions.
/// </summary>
internal static partial class ClientLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Endpoint}: attempt {Attempt}, {Method} {Path}")]
    public static partial void Attempt(ILogger logger, string endpoint, int attempt, string method, string path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Endpoint}: errcode {ErrCode}, action {Action}")]
    public static partial void Answered(ILogger logger, string endpoint, int errCode, ErrorAction action);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Endpoint}: {Problem}; retrying in {Delay} (attempt {Attempt})")]
    public static partial void BackingOff(ILogger logger, string endpoint, string problem, TimeSpan delay, int attempt);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "{Endpoint}: {Outcome}")]
    public static partial void Succeeded(ILogger logger, string endpoint, object outcome);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "{Endpoint}: {Outcome}")]
    public static partial void Failed(ILogger logger, string endpoint, object outcome);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "{Endpoint}: the access token was refused; refreshing it and retrying once")]
    public static partial void RefreshingToken(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "{Endpoint}: the shared claim of a credential could not be ended ({Problem}); it lapses with the credential's validity")]
    public static partial void SharedClaimNotEnded(ILogger logger, string endpoint, string problem);
}
