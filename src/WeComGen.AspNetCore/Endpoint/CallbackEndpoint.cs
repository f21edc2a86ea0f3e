using System;
using System.Diagnostics;
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
internal sealed class CallbackEndpoint(AppCallbackServices app, WeComCallbackHandler handler)
{
    /// <summary>WeCom takes this body as "received; do not retry".</summary>
    private const string Success = "success";

    private const string PlainText = "text/plain; charset=utf-8";

    /// <summary>GET: URL verification. The body is the echo alone: no quotes, no BOM, no newline.</summary>
    public async Task VerifyAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var query = context.Request.Query;
        var result = app.Get<WeComCallbackCrypto>(services)
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
        var clock = services.GetRequiredService<TimeProvider>();
        var arrivedAt = clock.GetUtcNow();
        var options = app.OptionsOf(services);
        var crypto = app.Get<WeComCallbackCrypto>(services);
        var query = context.Request.Query;
        var telemetry = app.Get<CallbackTelemetry>(services);
        telemetry.Received();

        var body = await CallbackBodyReader.ReadAsync(context, crypto.Options.MaxBodyBytes, options.BodyTimeout, clock).ConfigureAwait(false);
        var parsed = body
            .Then(xml => crypto.DecryptPost(query["msg_signature"], query["timestamp"], query["nonce"], xml))
            .Then(plaintext => CallbackEventParser.Parse(plaintext, arrivedAt, options.CreateTimeAllowance, crypto.Options.MaxMessageBytes));

        if (!parsed.TryGetValue(out var callbackEvent, out var error))
        {
            telemetry.Refused(error.Reason);
            await RefuseAsync(context, error).ConfigureAwait(false);
            return;
        }

        LogIfCountedFromCreateTime(services, callbackEvent);
        if (!app.Get<CallbackDeadlines>(services).TryGetDeadline(callbackEvent, out var deadline))
        {
            // Nothing is claimed: WeCom's re-send is taken once the validity is known.
            telemetry.Refused(CallbackTelemetry.NotReady);
            await WriteTextAsync(context, StatusCodes.Status503ServiceUnavailable, "not ready").ConfigureAwait(false);
            return;
        }

        var deduplicator = app.Get<IWeComCallbackDeduplicator>(services);
        if (!await deduplicator.TryClaimAsync(callbackEvent, ReplayableUntil(query["timestamp"], crypto.Options), context.RequestAborted).ConfigureAwait(false))
        {
            CallbackLog.Duplicate(Logger(services), callbackEvent.ToString());
            telemetry.Duplicate(callbackEvent);
        }
        else if (!app.Get<CallbackQueue>(services).TryEnqueue(new CallbackWorkItem(callbackEvent, handler, deadline, Activity.Current?.Context ?? default)))
        {
            telemetry.Refused(CallbackTelemetry.QueueFull);
            await deduplicator.ReleaseAsync(callbackEvent).ConfigureAwait(false);
            CallbackLog.QueueFull(Logger(services), callbackEvent.ToString());
            await WriteTextAsync(context, StatusCodes.Status503ServiceUnavailable, "busy").ConfigureAwait(false);
            return;
        }

        await WriteTextAsync(context, StatusCodes.Status200OK, Success).ConfigureAwait(false);
    }

    /// <summary>
    /// The last instant this request (signed at <paramref name="timestamp"/>, already checked) could pass the
    /// replay window again; <see langword="null"/> when the window is off.
    /// </summary>
    private static DateTimeOffset? ReplayableUntil(string? timestamp, CallbackCryptoOptions crypto) =>
        crypto.TimestampTolerance is { } tolerance && CallbackTimestamp.TryParse(timestamp, out var sentAt) ? sentAt + tolerance : null;

    private static void LogIfCountedFromCreateTime(IServiceProvider services, WeComCallbackEvent callbackEvent)
    {
        if (callbackEvent is ExternalContactAddedEvent { WelcomeCode.ReceivedAt: { } codeReceivedAt } added && codeReceivedAt < added.ReceivedAt)
        {
            CallbackLog.CountedFromCreateTime(Logger(services), added.ReceivedAt - added.CreateTime, added.ToString());
        }
    }

    /// <summary>
    /// Answers with the reason only: the detail goes to the log, and neither holds a secret. A body that stalled is
    /// 408; a connection that is gone gets no answer; any other bad input is 400.
    /// </summary>
    private static Task RefuseAsync(HttpContext context, CallbackError error)
    {
        CallbackLog.Refused(Logger(context.RequestServices), error);
        if (context.RequestAborted.IsCancellationRequested)
        {
            return Task.CompletedTask;
        }

        var status = error.Reason == CallbackErrorReason.IncompleteBody ? StatusCodes.Status408RequestTimeout : StatusCodes.Status400BadRequest;
        return WriteTextAsync(context, status, "invalid callback: " + error.Reason);
    }

    private static Task WriteTextAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = PlainText;
        return context.Response.WriteAsync(text, context.RequestAborted);
    }

    private static ILogger Logger(IServiceProvider services) => services.GetRequiredService<ILogger<CallbackEndpoint>>();
}
