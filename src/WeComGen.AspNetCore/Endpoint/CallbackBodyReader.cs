using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

/// <summary>
/// Reads a request body as UTF-8 text without ever holding more than the limit, nor waiting longer than the
/// timeout. A body that stalls or whose connection drops is a typed <see cref="CallbackErrorReason.IncompleteBody"/>,
/// never an exception for the server to report as a crash. (<see cref="BadHttpRequestException"/>, the server's
/// own complaint about a body, is an <see cref="IOException"/>.)
/// </summary>
internal static class CallbackBodyReader
{
    public static async Task<CallbackResult<string>> ReadAsync(HttpContext context, int maxBytes, TimeSpan timeout, TimeProvider clock)
    {
        var request = context.Request;
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        // The timeout cancels the pending read rather than a token: a read cancelled by a token leaves the server's
        // body reader unusable, and the server would then log its attempt to drain the rest of the body as an error.
        var reader = request.BodyReader;
        using var timer = clock.CreateTimer(static state => ((PipeReader)state!).CancelPendingRead(), reader, timeout, Timeout.InfiniteTimeSpan);
        using var buffer = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
                if (result.IsCanceled)
                {
                    reader.AdvanceTo(result.Buffer.Start);
                    return Incomplete($"The request body did not arrive within {timeout.TotalSeconds:0.###} s.");
                }

                if (buffer.Length + result.Buffer.Length > maxBytes)
                {
                    reader.AdvanceTo(result.Buffer.End);
                    return TooLarge(maxBytes);
                }

                foreach (var segment in result.Buffer)
                {
                    buffer.Write(segment.Span);
                }

                reader.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            return Incomplete("The connection was aborted before the request body arrived in full.");
        }
        catch (IOException e)
        {
            // The server gave up on the body (it ended before its announced length, arrived too slowly, or the
            // connection broke): nothing more can be read or sensibly answered on this connection, so close it.
            context.Abort();
            return Incomplete("The request body did not arrive in full: " + e.Message);
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        return CallbackResult.Success(Encoding.UTF8.GetString(bytes));
    }

    private static CallbackError TooLarge(int maxBytes) =>
        CallbackResult.Fail(CallbackErrorReason.TooLarge, $"The request body is larger than the limit of {maxBytes} bytes.");

    private static CallbackError Incomplete(string message) => CallbackResult.Fail(CallbackErrorReason.IncompleteBody, message);
}
