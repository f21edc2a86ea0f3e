using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

/// <summary>
/// The two requests WeCom sends to a callback URL. Both answer at once: the URL verification with the
/// plaintext echo, a callback with <c>success</c> as soon as it is verified, parsed and queued.
/// </summary>
internal sealed class CallbackEndpoint(WeComCallbackHandler handler)
{
    /// <summary>WeCom takes this body as "received; do not retry".</summary>
    private const string Success = "success";

    private const string PlainText = "text/plain; charset=utf-8";

    /// <summary>GET: URL verification. The body is the echo alone: no quotes, no BOM, no newline.</summary>
    public async Task VerifyAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var query = context.Request.Query;
        var result = services.GetRequiredService<WeComCallbackCrypto>()
            .VerifyUrl(query["msg_signature"], query["timestamp"], query["nonce"], query["echostr"]);

        if (!result.TryGetValue(out var echo, out var error))
        {
            await RefuseAsync(context, error).ConfigureAwait(false);
            return;
        }

        CallbackLog.Verified(Logger(services));
        await WriteTextAsync(context, StatusCodes.Status200OK, echo).ConfigureAwait(false);
    }

    /// <summary>POST: a callback. Verified, decrypted and parsed here; handled in the background.</summary>
    public async Task ReceiveAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var arrivedAt = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var crypto = services.GetRequiredService<WeComCallbackCrypto>();
        var query = context.Request.Query;

        var body = await CallbackBodyReader.ReadAsync(context.Request, crypto.Options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        var parsed = body
            .Then(xml => crypto.DecryptPost(query["msg_signature"], query["timestamp"], query["nonce"], xml))
            .Then(plaintext => CallbackEventParser.Parse(plaintext, arrivedAt, crypto.Options.MaxMessageBytes));

        if (!parsed.TryGetValue(out var callbackEvent, out var error))
        {
            await RefuseAsync(context, error).ConfigureAwait(false);
            return;
        }

        var deduplicator = services.GetRequiredService<IWeComCallbackDeduplicator>();
        if (!await deduplicator.TryClaimAsync(callbackEvent, context.RequestAborted).ConfigureAwait(false))
        {
            CallbackLog.Duplicate(Logger(services), callbackEvent.ToString());
        }
        else if (!services.GetRequiredService<CallbackQueue>().TryEnqueue(new CallbackWorkItem(callbackEvent, handler)))
        {
            await deduplicator.ReleaseAsync(callbackEvent).ConfigureAwait(false);
            CallbackLog.QueueFull(Logger(services), callbackEvent.ToString());
            await WriteTextAsync(context, StatusCodes.Status503ServiceUnavailable, "busy").ConfigureAwait(false);
            return;
        }

        await WriteTextAsync(context, StatusCodes.Status200OK, Success).ConfigureAwait(false);
    }

    /// <summary>400 with the reason only: the detail goes to the log, and neither holds a secret.</summary>
    private static Task RefuseAsync(HttpContext context, CallbackError error)
    {
        CallbackLog.Refused(Logger(context.RequestServices), error);
        return WriteTextAsync(context, StatusCodes.Status400BadRequest, "invalid callback: " + error.Reason);
    }

    private static Task WriteTextAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = PlainText;
        return context.Response.WriteAsync(text, context.RequestAborted);
    }

    private static ILogger Logger(IServiceProvider services) => services.GetRequiredService<ILogger<CallbackEndpoint>>();
}
