using Microsoft.Extensions.Logging;

namespace WeComGen.Redis;

/// <summary>What the Redis companion logs: causes and key kinds, never a connection string, a key's hash input, a token or a code.</summary>
internal static partial class RedisLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Redis is unavailable ({Cause}); WeComGen runs in-process until it is back")]
    public static partial void Unavailable(ILogger logger, string cause);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Redis is back; WeComGen shares tokens, callbacks and welcome codes again")]
    public static partial void Back(ILogger logger);

    [LoggerMessage(EventId = 302, Level = LogLevel.Error, Message = "The Redis connection string could not be used ({Cause}); WeComGen runs in-process")]
    public static partial void Unusable(ILogger logger, string cause);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "gettoken was called {Count} times this minute across the instances, over the cap of {Cap}: not calling it again this minute")]
    public static partial void GetTokenCapped(ILogger logger, long count, int cap);

    [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "Fetched an access token for every instance")]
    public static partial void SharedToken(ILogger logger);

    [LoggerMessage(EventId = 305, Level = LogLevel.Information, Message = "The server refused the shared access token; it is dropped for every instance")]
    public static partial void SharedTokenRejected(ILogger logger);
}
