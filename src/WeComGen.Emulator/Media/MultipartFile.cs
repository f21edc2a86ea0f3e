using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace WeComGen.Emulator.Media;

/// <summary>
/// Reads the file part of a <c>multipart/form-data</c> upload as it streams in: at most the limit + 1 byte of the
/// part, and the whole request at most <see cref="Slack"/> beyond the limit, so a huge upload costs no memory.
/// Anything unreadable (no boundary, a truncated body, endless headers) is no file, never an exception.
/// </summary>
internal static class MultipartFile
{
    /// <summary>Room for the other parts and the multipart framing.</summary>
    private const long Slack = 1 << 20;

    /// <summary>
    /// The part named <paramref name="partName"/>, or with <paramref name="anyFilePart"/> the first part with a file
    /// name when none has that name.
    /// </summary>
    public static async Task<FileReading> ReadAsync(HttpContext context, string partName, long limit, bool anyFilePart)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + Slack;
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType)
            || !"multipart/form-data".Equals(contentType.MediaType.Value, StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 70 } boundary)
        {
            return FileReading.None;
        }

        var reader = new MultipartReader(boundary, context.Request.Body);
        FilePart? candidate = null;
        try
        {
            while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
            {
                var (name, fileName) = Names(section);
                var wanted = name == partName || (anyFilePart && candidate is null && fileName is { Length: > 0 });
                if (!wanted)
                {
                    await section.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                    continue;
                }

                var (bytes, tooLarge) = await ReadBoundedAsync(section.Body, limit, context.RequestAborted);
                if (tooLarge)
                {
                    return FileReading.TooLarge;
                }

                var part = new FilePart(fileName is { Length: > 0 } ? fileName : name ?? partName, section.ContentType ?? "application/octet-stream", bytes);
                if (name == partName)
                {
                    return new FileReading(part, false);
                }

                candidate = part;
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return FileReading.TooLarge;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // A truncated body or malformed framing: as WeCom says, check the header and body format.
            return FileReading.None;
        }

        return new FileReading(candidate, false);
    }

    private static (string? Name, string? FileName) Names(MultipartSection section)
    {
        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
        return (HeaderUtilities.RemoveQuotes(disposition.Name).Value, fileName);
    }

    /// <summary>Reads <paramref name="body"/> up to <paramref name="limit"/> + 1 bytes: one more says it is too large.</summary>
    private static async Task<(byte[] Bytes, bool TooLarge)> ReadBoundedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var kept = new MemoryStream();
        var buffer = new byte[81920];
        while (kept.Length <= limit)
        {
            var read = await body.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit + 1 - kept.Length)), cancellationToken);
            if (read == 0)
            {
                return (kept.ToArray(), false);
            }

            kept.Write(buffer, 0, read);
        }

        return ([], true);
    }
}

/// <summary>A file part: its file name (the part's name when it has none), content type and bytes.</summary>
internal sealed record FilePart(string FileName, string ContentType, byte[] Bytes);

/// <summary>What reading an upload found: the file part, none, or one larger than the limit.</summary>
internal sealed record FileReading(FilePart? Part, bool IsTooLarge)
{
    public static readonly FileReading None = new(null, false);

    public static readonly FileReading TooLarge = new(null, true);
}
