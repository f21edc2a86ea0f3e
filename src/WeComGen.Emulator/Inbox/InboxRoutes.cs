using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WeComGen.Emulator.Callbacks;
using WeComGen.Emulator.History;
using WeComGen.Emulator.Media;

namespace WeComGen.Emulator.Inbox;

/// <summary>
/// The inbox page at the emulator's root: plain HTML, CSS and JavaScript embedded in the assembly (nothing is
/// fetched from outside loopback), and the JSON it polls.
/// </summary>
internal sealed class InboxRoutes(WeComEmulatorOptions options, WelcomeHistory history, CustomerEvents customers, EmulatorMedia media)
{
    public const string PagePath = "/";
    public const string StatePath = "/emulator/inbox";

    public void Map(WebApplication app)
    {
        app.MapGet(PagePath, (HttpContext context) => AssetAsync(context, "index.html", "text/html; charset=utf-8"));
        app.MapGet("/emulator/inbox.css", (HttpContext context) => AssetAsync(context, "inbox.css", "text/css; charset=utf-8"));
        app.MapGet("/emulator/inbox.js", (HttpContext context) => AssetAsync(context, "inbox.js", "text/javascript; charset=utf-8"));
        app.MapGet(StatePath, StateAsync);
    }

    /// <summary>The inbox as JSON; <c>?since=N</c> answers 204 while the history's version is still N.</summary>
    private async Task StateAsync(HttpContext context)
    {
        NoStore(context);
        var version = history.Version;
        if (long.TryParse(context.Request.Query["since"], out var since) && since == version)
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        var json = InboxJson.Write(version, history.Snapshot(), options.WelcomeCodeValidity, customers.CallbackUrl is not null, media);
        await context.Response.Body.WriteAsync(json);
    }

    private static async Task AssetAsync(HttpContext context, string name, string contentType)
    {
        NoStore(context);
        await using var asset = typeof(InboxRoutes).Assembly.GetManifestResourceStream("Inbox." + name)
            ?? throw new InvalidOperationException($"The inbox asset {name} is not embedded in the emulator.");
        context.Response.ContentType = contentType;
        await asset.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private static void NoStore(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";

        // Only the emulator's own files and JSON: no inline script, nothing from outside loopback.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'";
    }
}
