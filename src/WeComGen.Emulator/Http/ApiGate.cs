using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WeComGen.Emulator.Faults;
using WeComGen.Emulator.Tokens;

namespace WeComGen.Emulator.Http;

/// <summary>What every emulated API does first: plays a queued fault, then checks the access token (41001, 40014, 42001).</summary>
internal sealed class ApiGate(WeComEmulatorOptions options, TokenIssuer tokens, FaultQueue faults)
{
    /// <summary>
    /// The app whose token the request carries, or <see langword="null"/> when the request has been answered already:
    /// by a fault, or by <paramref name="refuse"/> with the token's errcode.
    /// </summary>
    public async Task<EmulatedApp?> AdmitAsync(HttpContext context, EmulatedEndpoint endpoint, Func<HttpContext, int, string, Task> refuse)
    {
        if (await FaultHandling.PlayAsync(faults.Next(endpoint), context, tokens, options.Time) is { } fault)
        {
            await fault.RespondAsync(context);
            return null;
        }

        var (app, code) = tokens.Check(context.Request.Query["access_token"]);
        if (app is null)
        {
            await refuse(context, (int)code, Answers.ErrMsg((int)code));
        }

        return app;
    }
}
