using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WeComGen.Emulator.Http;
using WeComGen.Emulator.Tokens;

namespace WeComGen.Emulator.Faults;

/// <summary>Plays a queued fault on a request.</summary>
internal static class FaultHandling
{
    /// <summary>Applies <paramref name="fault"/>; what it answered when it answered the request itself, else <see langword="null"/>.</summary>
    public static async Task<FaultAnswer?> AnsweredAsync(EmulatorFault? fault, HttpContext context, TokenIssuer tokens)
    {
        switch (fault)
        {
            case EmulatorFault.ErrorCode error:
                await Answers.Error(context, error.Code);
                return new FaultAnswer(error.Code, $"{error.Code} {Answers.ErrMsg(error.Code)} (injected)");
            case EmulatorFault.HttpStatus status:
                context.Response.StatusCode = status.Status;
                return new FaultAnswer(null, $"HTTP {status.Status} (injected)");
            case EmulatorFault.DropConnection:
                context.Abort();
                return new FaultAnswer(null, "connection dropped (injected)");
            case EmulatorFault.Slow slow:
                await Task.Delay(slow.Delay, context.RequestAborted);
                return null;
            case EmulatorFault.RevokeTokens:
                tokens.RevokeAll();
                return null;
            default:
                return null;
        }
    }
}

/// <summary>What a fault answered instead of the endpoint: a WeCom errcode, or none (an HTTP status, a dropped connection).</summary>
internal sealed record FaultAnswer(int? ErrCode, string Summary);
