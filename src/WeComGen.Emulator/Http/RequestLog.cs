using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WeComGen.Emulator.Http;

/// <summary>Logs each request by method, path and status: never the query string, which carries tokens and secrets.</summary>
internal static partial class RequestLog
{
    public static Func<HttpContext, RequestDelegate, Task> Middleware(ILogger logger) => async (context, next) =>
    {
        await next(context);
        Handled(logger, context.Request.Method, context.Request.Path, context.Response.StatusCode);
    };

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} -> HTTP {StatusCode}")]
    private static partial void Handled(ILogger logger, string method, string path, int statusCode);
}
