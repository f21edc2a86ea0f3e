using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

/// <summary>Reads a request body as UTF-8 text without ever holding more than the limit.</summary>
internal static class CallbackBodyReader
{
    public static async Task<CallbackResult<string>> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
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
}
