using System;
using System.Buffers;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using WeComGen.Client;

namespace WeComGen.Uploads;

/// <summary>
/// One attempt's <c>multipart/form-data</c> body, streamed from its files block by block: never whole in memory.
/// A file that breaks its rule or its checked size while being read (an unseekable stream past the limit, a file
/// changed on disk), or that cannot be read, aborts the send; <see cref="Problem"/> then says why.
/// </summary>
internal sealed class MultipartUpload : HttpContent
{
    private const int BlockSize = 64 * 1024;

    private readonly PreparedFile[] _files;
    private readonly OpenedFile[] _opened;
    private readonly byte[][] _openings;
    private readonly byte[] _closing;
    private volatile bool _disposed;

    public MultipartUpload(PreparedFile[] files, OpenedFile[] opened)
    {
        _files = files;
        _opened = opened;
        var boundary = FormDataHeaders.NewBoundary();
        _openings = Array.ConvertAll(files, file => FormDataHeaders.PartOpening(boundary, file.PartName, file.File.FileName, file.Length, file.File.PartContentType));
        _closing = FormDataHeaders.Closing(boundary);
        Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data") { Parameters = { new NameValueHeaderValue("boundary", boundary) } };
    }

    /// <summary>Why the send was aborted by a file, or <see langword="null"/>.</summary>
    public WeComFailure? Problem { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => WriteAsync(stream, CancellationToken.None);

#if NET8_0_OR_GREATER
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        WriteAsync(stream, cancellationToken);
#endif

    /// <summary>Known when every file's size is: then the request carries a Content-Length instead of being chunked.</summary>
    protected override bool TryComputeLength(out long length)
    {
        length = _closing.Length + (_files.Length - 1) * (long)FormDataHeaders.PartEnd.Length;
        for (var i = 0; i < _files.Length; i++)
        {
            if (_files[i].Length is not { } size)
            {
                length = 0;
                return false;
            }

            length += _openings[i].Length + size;
        }

        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _disposed = true;
            Array.ForEach(_opened, file => file.Dispose());
        }

        base.Dispose(disposing);
    }

    private async Task WriteAsync(Stream target, CancellationToken cancellationToken)
    {
        var block = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            for (var i = 0; i < _files.Length; i++)
            {
                if (i > 0)
                {
                    await target.WriteAsync(FormDataHeaders.PartEnd, 0, FormDataHeaders.PartEnd.Length, cancellationToken).ConfigureAwait(false);
                }

                await target.WriteAsync(_openings[i], 0, _openings[i].Length, cancellationToken).ConfigureAwait(false);
                await CopyFileAsync(_files[i], _opened[i], target, block, cancellationToken).ConfigureAwait(false);
            }

            await target.WriteAsync(_closing, 0, _closing.Length, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
    }

    /// <summary>Copies one file, counting its bytes against its checked size (or its rule's limit when its size is unknown).</summary>
    private async Task CopyFileAsync(PreparedFile file, OpenedFile opened, Stream target, byte[] block, CancellationToken cancellationToken)
    {
        long sent = file.Prefix.Length;
        await target.WriteAsync(file.Prefix, 0, file.Prefix.Length, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            int read;
            try
            {
                read = await file.ReadAsync(opened, block, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (UploadFailures.IsReadProblem(e))
            {
                throw Abort(UploadFailures.Unreadable(file, e));
            }

            if (read == 0)
            {
                break;
            }

            sent += read;
            if (sent > file.Limit)
            {
                throw Abort(file.Length is { } size ? UploadFailures.Changed(file, size) : UploadFailures.Invalid(UploadFailures.LargerThan(file)));
            }

            await target.WriteAsync(block, 0, read, cancellationToken).ConfigureAwait(false);
        }

        if (file.Length is { } expected && sent != expected)
        {
            throw Abort(UploadFailures.Changed(file, expected));
        }

        if (file.Rule is { } rule && sent < rule.MinBytes)
        {
            throw Abort(UploadFailures.Invalid(UploadFailures.TooSmall(file, sent)));
        }
    }

    /// <summary>
    /// Records why the file ended the send. A body disposed under a send that is still running (the attempt timed out)
    /// fails to read its closed files: that is the timeout's doing, not the file's, and is not recorded.
    /// </summary>
    private UploadAbortedException Abort(WeComFailure problem)
    {
        if (!_disposed)
        {
            Problem = problem;
        }

        return new UploadAbortedException();
    }

    /// <summary>Ends a send a file cannot complete; an <see cref="IOException"/>, as the transport reports a broken body.</summary>
    private sealed class UploadAbortedException() : IOException("The upload was aborted by its file; see the call's failure.");
}
