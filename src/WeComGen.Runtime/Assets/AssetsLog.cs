using System;
using Microsoft.Extensions.Logging;

namespace WeComGen.Assets;

/// <summary>What the welcome assets log: names, kinds, files, media_ids and expiry (none of them a secret).</summary>
internal static partial class AssetsLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Welcome assets ready: {Count} asset(s), {Uploads} upload(s); next refresh at {NextRefresh}")]
    public static partial void Ready(ILogger logger, int count, int uploads, DateTimeOffset? nextRefresh);

    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "Welcome asset {Name} ({Kind}, {File}): {Value}, expires {ExpiresAt}")]
    public static partial void Asset(ILogger logger, string name, WelcomeAssetKind kind, string file, string value, DateTimeOffset? expiresAt);

    [LoggerMessage(EventId = 402, Level = LogLevel.Information, Message = "Welcome assets: {Count} upload(s) renewed because {Reason}")]
    public static partial void Renewed(ILogger logger, string reason, int count);

    [LoggerMessage(EventId = 403, Level = LogLevel.Warning, Message = "Welcome assets: a refresh failed ({Problem}); trying again at {RetryAt}")]
    public static partial void RefreshFailed(ILogger logger, string problem, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 404, Level = LogLevel.Warning, Message = "{Endpoint}: a media_id was refused as not valid; uploading its media again and sending once more")]
    public static partial void RefusedRetrying(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 405, Level = LogLevel.Warning, Message = "{Endpoint}: a media_id was refused as not valid after the welcome's window; not sent again")]
    public static partial void RefusedAfterWindow(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 406, Level = LogLevel.Warning, Message = "Welcome assets: a re-upload a send needed failed ({Problem})")]
    public static partial void ReuploadFailed(ILogger logger, string problem);
}
