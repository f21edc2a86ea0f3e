using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WeComGen.Emulator.Http;
using WeComGen.Emulator.Tokens;

namespace WeComGen.Emulator.Faults;

/// <summary>Plays a queued fault on a request.</summary>
internal static class FaultHandling
{
    /// <summary>Applies <paramref name="fault"/> (a slow answer waits on <paramref name="time"/>); <see langword="true"/> when it answered the request itself.</summary>
    public static async Task<bool> AnsweredAsync(EmulatorFault? fault, HttpContext context, TokenIssuer tokens, TimeProvider time)
    {
        switch (fault)
        {
            case EmulatorFault.ErrorCode error:
                await Answers.Error(context, error.Code);
                return true;
            case EmulatorFault.HttpStatus status:
                context.Response.StatusCode = status.Status;
                return true;
            case EmulatorFault.DropConnection:
                context.Abort();
                return true;
            case EmulatorFault.Slow slow:
                // On the emulator's clock, as the client's timeouts are: a test that moves the clock moves both.
                await Task.Delay(slow.Delay, time, context.RequestAborted);
                return false;
            case EmulatorFault.RevokeTokens:
                tokens.RevokeAll();
                return false;
            default:
                return false;
        }
    }
}
