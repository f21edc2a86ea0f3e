using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WeComGen.Emulator.Http;
using WeComGen.Emulator.Tokens;

namespace WeComGen.Emulator.Faults;

/// <summary>Plays a queued fault on a request.</summary>
internal static class FaultHandling
{
    /// <summary>
    /// Applies <paramref name="fault"/>: the answer it gives instead of the endpoint, or <see langword="null"/> when the
    /// endpoint answers (after a delay on <paramref name="time"/>, or with the tokens revoked).
    /// </summary>
    public static async Task<FaultAnswer?> PlayAsync(EmulatorFault? fault, HttpContext context, TokenIssuer tokens, TimeProvider time)
    {
        switch (fault)
        {
            case EmulatorFault.ErrorCode error:
                return new FaultAnswer(error.Code, $"{error.Code} {Answers.ErrMsg(error.Code)} (injected)", answered => Answers.Error(answered, error.Code));
            case EmulatorFault.HttpStatus status:
                return new FaultAnswer(null, $"HTTP {status.Status} (injected)", answered =>
                {
                    answered.Response.StatusCode = status.Status;
                    return Task.CompletedTask;
                });
            case EmulatorFault.DropConnection:
                return new FaultAnswer(null, "connection dropped (injected)", answered =>
                {
                    answered.Abort();
                    return Task.CompletedTask;
                });
            case EmulatorFault.Slow slow:
                // On the emulator's clock, as the client's timeouts are: a test that moves the clock moves both.
                await Task.Delay(slow.Delay, time, context.RequestAborted);
                return null;
            case EmulatorFault.RevokeTokens:
                tokens.RevokeAll();
                return null;
            default:
                return null;
        }
    }
}

/// <summary>What a fault answers instead of the endpoint: a WeCom errcode, or none (an HTTP status, a dropped connection).</summary>
internal sealed record FaultAnswer(int? ErrCode, string Summary, Func<HttpContext, Task> RespondAsync);
