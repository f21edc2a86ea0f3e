using System;
using System.Threading;
using System.Threading.Tasks;

namespace WeComGen.Assets;

/// <summary>
/// The bytes of one asset content (its hash and upload route) and the upload that currently stands for them.
/// Renewals are single-flight: however many callers ask at once, one upload runs and all get its result.
/// </summary>
internal sealed class StoredUpload(WelcomeAsset asset, byte[] bytes)
{
    private readonly object _gate = new();
    private Task<MediaHandle>? _renewing;

    /// <summary>The first asset declared with these bytes: its file name and content type go with the upload.</summary>
    public WelcomeAsset Asset { get; } = asset;

    public byte[] Bytes { get; } = bytes;

    public MediaHandle? Current { get; private set; }

    /// <summary>When the background refresh is due (renewal, or a retry after a failure), on this app's clock.</summary>
    public DateTimeOffset? NextRefresh { get; set; }

    /// <summary>
    /// A fresh upload, unless one has replaced <paramref name="stale"/> already or is running: then that one. The
    /// upload itself is not cancelled by any one caller.
    /// </summary>
    public Task<MediaHandle> RenewAsync(MediaHandle? stale, Func<StoredUpload, Task<MediaHandle>> upload)
    {
        lock (_gate)
        {
            if (Current is { } current && !ReferenceEquals(current, stale))
            {
                return Task.FromResult(current);
            }

            return _renewing ??= RunAsync(upload);
        }
    }

    private async Task<MediaHandle> RunAsync(Func<StoredUpload, Task<MediaHandle>> upload)
    {
        await Task.Yield(); // the caller leaves the lock before the upload starts
        try
        {
            var handle = await upload(this).ConfigureAwait(false);
            lock (_gate)
            {
                Current = handle;
                NextRefresh = handle.RenewAt;
            }

            return handle;
        }
        finally
        {
            lock (_gate)
            {
                _renewing = null;
            }
        }
    }
}
