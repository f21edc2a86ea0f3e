using System;
using Microsoft.Extensions.Logging;
using WeComGen.Client;

namespace WeComGen.Tokens;

/// <summary>What the token cache logs: paths and codes, never the query string, the token or the secret.</summary>
internal static partial class TokenLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Fetching an access token from {Path}")]
    public static partial void Fetching(ILogger logger, string path);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Fetched an access token that expires at {ExpiresAt:O}")]
    public static partial void Fetched(ILogger logger, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "{Path} refused to issue an access token: errcode {ErrCode} ({ErrMsg})")]
    public static partial void Refused(ILogger logger, string path, int errCode, string? errMsg);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "{Path} could not be reached for an access token: {Problem} (HTTP {StatusCode})")]
    public static partial void Unreachable(ILogger logger, string path, TransportProblem problem, int? statusCode);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "The server refused the cached access token; it is dropped")]
    public static partial void Invalidated(ILogger logger);
}
