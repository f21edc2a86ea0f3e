using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WeComGen.Client;
using WeComGen.Uploads;

namespace WeComGen.Assets;

/// <summary>
/// The files of a welcome, uploaded before the first callback and kept valid: images once with
/// <c>media/uploadimg</c> (permanent URLs), covers, videos and files with <c>media/upload</c> (media_ids that live as
/// long as the schema says from WeCom's <c>created_at</c>: <see cref="IWelcomeMediaUploads.ValidFor"/>), renewed in the background
/// <see cref="WelcomeAssetOptions.RefreshMargin"/> before they expire. The same bytes are uploaded once per period,
/// whatever the number of names or sends that use them. <see cref="SendAsync"/> sends a welcome built from the
/// current media and, when WeCom refuses a media_id anyway, re-uploads once and retries inside the welcome's window.
/// </summary>
public sealed partial class WelcomeAssets : IDisposable
{
    private readonly IWelcomeMediaUploads _uploads;
    private readonly WelcomeAssetOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource<bool> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _gate = new();
    private IReadOnlyList<(WelcomeAsset Asset, StoredUpload Upload)> _declared = [];
    private WelcomeMedia? _current;
    private ITimer? _timer;
    private int _refreshing;
    private int _disposed;
    private int _uploadCount;
    private int _sendUploadCount;
    private long _nextRefreshTicks;

    /// <summary>Creates the assets; nothing is read or uploaded before <see cref="StartAsync"/>.</summary>
    public WelcomeAssets(IWelcomeMediaUploads uploads, WelcomeAssetOptions options, TimeProvider? time = null, ILogger<WelcomeAssets>? logger = null)
    {
        _uploads = uploads ?? throw new ArgumentNullException(nameof(uploads));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Whether every asset is uploaded and <see cref="Current"/> can be read.</summary>
    public bool IsReady => _ready.Task.IsCompleted && !_ready.Task.IsFaulted;

    /// <summary>Completes when every asset is uploaded; faults as <see cref="StartAsync"/> does.</summary>
    public Task WhenReady => _ready.Task;

    /// <summary>How many uploads were made so far (start, refreshes, re-uploads).</summary>
    public int UploadCount => Volatile.Read(ref _uploadCount);

    /// <summary>How many of <see cref="UploadCount"/> a send waited for (a refused or expired media_id); 0 while refreshes keep up.</summary>
    public int SendUploadCount => Volatile.Read(ref _sendUploadCount);

    /// <summary>When the background refresh is set to run next (on the app's clock), or <see langword="null"/> when nothing needs renewing.</summary>
    public DateTimeOffset? NextRefreshAt => Volatile.Read(ref _nextRefreshTicks) is var ticks and not 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>The assets as they stand now. Before they are ready: an <see cref="InvalidOperationException"/>.</summary>
    public WelcomeMedia Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("The welcome assets are not uploaded yet: start them first (the hosted service does at app start).");

    /// <summary>
    /// Reads every declared file and uploads each distinct content once. A file that is missing, unreadable or
    /// refused by its upload's rule (size, format) is a <see cref="WelcomeAssetException"/> naming it and the rule.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var declared = await ReadAsync(cancellationToken).ConfigureAwait(false);
            foreach (var upload in declared.Select(pair => pair.Upload).Distinct())
            {
                await TaskCompat.WaitAsync(upload.RenewAsync(null, UploadAsync), cancellationToken).ConfigureAwait(false);
            }

            _declared = declared;
            Publish();
            _ready.TrySetResult(true);
            var media = Current;
            AssetsLog.Ready(_logger, declared.Count, UploadCount, media.FirstExpiry is { } first ? first.At - _options.RefreshMargin : null);
            foreach (var (asset, upload) in declared)
            {
                AssetsLog.Asset(_logger, asset.Name, asset.Kind, asset.Source, upload.Current!.Value, upload.Current.ExpiresAt);
            }

            _timer = _time.CreateTimer(static assets => ((WelcomeAssets)assets!).RefreshDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Schedule();
        }
        catch (Exception e)
        {
            _ready.TrySetException(e);
            throw;
        }
    }

    /// <summary>
    /// Sends a welcome built by <paramref name="request"/> from the current assets. When WeCom answers that a
    /// media_id is not valid (the endpoint's <c>InvalidMediaId</c>, 40007) while the welcome's window is open, the
    /// media_ids it carried are uploaded again (once, shared with other sends) and the welcome is sent once more;
    /// after the window, the refusal is the outcome. The client keeps the retry inside the window and to one
    /// delivery: the refusal did not use the welcome code up.
    /// </summary>
    public async Task<WeComOutcome<TResponse>> SendAsync<TRequest, TResponse>(
        WeComClient client,
        Endpoints.EndpointDescriptor<TRequest, TResponse> endpoint,
        Func<WelcomeMedia, TRequest> request,
        CancellationToken cancellationToken)
        where TRequest : class
        where TResponse : class
    {
        if (client is null || endpoint is null || request is null)
        {
            throw new ArgumentNullException(client is null ? nameof(client) : endpoint is null ? nameof(endpoint) : nameof(request));
        }

        var media = await UnexpiredAsync(Current, cancellationToken).ConfigureAwait(false);
        var first = request(media);
        var outcome = await client.SendAsync(endpoint, first, cancellationToken).ConfigureAwait(false);
        if (!MediaRefusal.IsRefusal(endpoint, outcome))
        {
            return outcome;
        }

        var windowLeft = MediaRefusal.WindowLeft(endpoint, first, _time.GetUtcNow());
        if (windowLeft <= TimeSpan.Zero)
        {
            AssetsLog.RefusedAfterWindow(_logger, endpoint.Name);
            return outcome;
        }

        AssetsLog.RefusedRetrying(_logger, endpoint.Name);
        using var window = new TimedCancellation(_time, windowLeft ?? Timeout.InfiniteTimeSpan, cancellationToken);
        try
        {
            media = await RenewAsync(media, media.Entries.Where(entry => entry.Handle.ExpiresAt is not null), window.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (window.Elapsed(cancellationToken))
        {
            AssetsLog.RefusedAfterWindow(_logger, endpoint.Name);
            return outcome;
        }
        catch (WelcomeAssetException failed)
        {
            AssetsLog.ReuploadFailed(_logger, failed.Message);
            return outcome;
        }

        return await client.SendAsync(endpoint, request(media), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the background refreshes and any upload in progress; the media stay readable.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _timer?.Dispose();
            _stopping.Cancel();
            _stopping.Dispose();
        }
    }

    private async Task<IReadOnlyList<(WelcomeAsset Asset, StoredUpload Upload)>> ReadAsync(CancellationToken cancellationToken)
    {
        var byContent = new Dictionary<string, StoredUpload>(StringComparer.Ordinal);
        var declared = new List<(WelcomeAsset Asset, StoredUpload Upload)>();
        var assets = _options.Declared();
        CheckRefreshMargin(assets);
        foreach (var asset in assets)
        {
            var bytes = await asset.ReadAsync(cancellationToken).ConfigureAwait(false);
            var key = ContentKey(asset.Kind, bytes);
            if (!byContent.TryGetValue(key, out var upload))
            {
                byContent.Add(key, upload = new StoredUpload(asset, bytes));
            }

            declared.Add((asset, upload));
        }

        return declared;
    }

    /// <summary>The margin must leave a media_id some life before its refresh.</summary>
    private void CheckRefreshMargin(IEnumerable<WelcomeAsset> assets)
    {
        foreach (var kind in assets.Select(asset => asset.Kind).Distinct())
        {
            if (_uploads.ValidFor(kind) is { } validity && _options.RefreshMargin >= validity)
            {
                throw new ArgumentException($"WelcomeAssets: RefreshMargin ({_options.RefreshMargin}) must be less than the life of a {kind}'s media_id ({validity}, as the schema states it).");
            }
        }
    }

    /// <summary>The content's address: its SHA-256 and the upload it takes (a cover and a video of the same bytes are two uploads).</summary>
    private static string ContentKey(WelcomeAssetKind kind, byte[] bytes)
    {
        using var sha = SHA256.Create();
        return (kind.MediaType() ?? "uploadimg") + ":" + Convert.ToBase64String(sha.ComputeHash(bytes));
    }

    /// <summary>One upload of <paramref name="upload"/>'s bytes; a refusal or failure is a <see cref="WelcomeAssetException"/>.</summary>
    private async Task<MediaHandle> UploadAsync(StoredUpload upload)
    {
        var asset = upload.Asset;
        var startedAt = _time.GetUtcNow();
        Interlocked.Increment(ref _uploadCount);
        using var content = new System.IO.MemoryStream(upload.Bytes, writable: false);
        var result = await _uploads.UploadAsync(asset.Kind, WeComFile.FromStream(content, asset.FileName, asset.ContentType), _stopping.Token).ConfigureAwait(false);
        if (result.Failure is not null || result.Value is not { } value)
        {
            throw new WelcomeAssetException(asset, "the upload failed: " + (result.Failure?.Message ?? "no value"));
        }

        if (_uploads.ValidFor(asset.Kind) is not { } validity)
        {
            return new MediaHandle(value, null, null, null);
        }

        // Expiry counts from WeCom's created_at; this app's clock may differ, so its own deadline counts the same
        // validity from the moment the upload started (no later than WeCom made the media).
        var expiresAt = (result.CreatedAt ?? startedAt) + validity;
        var localExpiry = startedAt + validity;
        return new MediaHandle(value, expiresAt, localExpiry, localExpiry - _options.RefreshMargin);
    }

    /// <summary>
    /// The media with any media_id already past its expiry renewed first (a refresh that could not keep up); when that
    /// upload fails too, the media as they are: WeCom's answer then decides.
    /// </summary>
    private async Task<WelcomeMedia> UnexpiredAsync(WelcomeMedia media, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (media.FirstExpiry is not { At: var expiry } || expiry > now)
        {
            return media;
        }

        try
        {
            return await RenewAsync(media, media.Entries.Where(entry => entry.Handle.LocalExpiry <= now), cancellationToken).ConfigureAwait(false);
        }
        catch (WelcomeAssetException failed)
        {
            AssetsLog.ReuploadFailed(_logger, failed.Message);
            return media;
        }
    }

    /// <summary>Renews the uploads of <paramref name="stale"/> (each once, shared) for a send that waits, and returns the media after.</summary>
    private async Task<WelcomeMedia> RenewAsync(WelcomeMedia media, IEnumerable<WelcomeMedia.Entry> stale, CancellationToken cancellationToken)
    {
        var renewals = stale.GroupBy(entry => entry.Upload).Select(group => group.Key.RenewAsync(group.First().Handle, upload =>
        {
            Interlocked.Increment(ref _sendUploadCount);
            return UploadAsync(upload);
        })).ToList();
        await TaskCompat.WaitAsync(Task.WhenAll(renewals), cancellationToken).ConfigureAwait(false);
        Publish();
        AssetsLog.Renewed(_logger, "a send needed it", renewals.Count);
        Schedule();
        return Current;
    }

    /// <summary>Makes the uploads' current handles the media sends read.</summary>
    private void Publish()
    {
        lock (_gate)
        {
            var byName = _declared.ToDictionary(pair => pair.Asset.Name, pair => new WelcomeMedia.Entry(pair.Asset, pair.Upload, pair.Upload.Current!), StringComparer.Ordinal);
            Volatile.Write(ref _current, new WelcomeMedia(byName));
        }
    }

    /// <summary>Sets the timer for the next refresh due.</summary>
    private void Schedule()
    {
        var next = _declared.Select(pair => pair.Upload.NextRefresh).Where(due => due is not null).Min();
        if (next is { } due && !_stopping.IsCancellationRequested)
        {
            var delay = due - _time.GetUtcNow();
            _timer?.Change(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }

        // Told once the timer is set: whoever reads it may move the clock on and see the refresh run.
        Volatile.Write(ref _nextRefreshTicks, next is { } at && !_stopping.IsCancellationRequested ? at.UtcTicks : 0);
    }

    private void RefreshDue()
    {
        if (Interlocked.Exchange(ref _refreshing, 1) == 0)
        {
            _ = RefreshDueAsync();
        }
    }

    /// <summary>Renews every upload whose refresh is due; a failed one is tried again after the retry delay.</summary>
    private async Task RefreshDueAsync()
    {
        try
        {
            var now = _time.GetUtcNow();
            var due = _declared.Select(pair => pair.Upload).Distinct().Where(upload => upload.NextRefresh <= now).ToList();
            foreach (var upload in due)
            {
                try
                {
                    await upload.RenewAsync(upload.Current, UploadAsync).ConfigureAwait(false);
                }
                catch (WelcomeAssetException failed)
                {
                    upload.NextRefresh = _time.GetUtcNow() + _options.RetryDelay;
                    AssetsLog.RefreshFailed(_logger, failed.Message, upload.NextRefresh.Value);
                }
            }

            if (due.Count > 0)
            {
                Publish();
                AssetsLog.Renewed(_logger, "its media_id expires soon", due.Count);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return;
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }

        Schedule();
    }
}
