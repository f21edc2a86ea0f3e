using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using WeComGen.Emulator.Neighbours;

namespace WeComGen.Emulator.Media;

/// <summary>
/// The emulator's media: what <c>media/upload</c> and <c>media/uploadimg</c> took, or a test added without HTTP.
/// A temporary media's <c>media_id</c> is valid for three days by the emulator's clock; send_welcome_msg answers
/// 40007 for one it does not know, one past that, or one of the wrong type. Bounded: the bytes of the last
/// <see cref="BytesKept"/> bytes of uploads and the record of the last <see cref="UploadsKept"/> uploads are kept.
/// </summary>
public sealed class EmulatorMedia
{
    /// <summary>How many bytes of uploads are held; older uploads keep their record and validity, not their bytes.</summary>
    public const long BytesKept = 256L << 20;

    /// <summary>How many uploads are remembered; an older one is forgotten (its media_id then gets 40007).</summary>
    public const int UploadsKept = 100_000;

    private readonly object _gate = new();
    private readonly Dictionary<string, UploadedMedia> _byKey = new(StringComparer.Ordinal);
    private readonly Queue<UploadedMedia> _order = new();
    private readonly TimeProvider _time;
    private readonly string _corpNumber;
    private long _bytesHeld;
    private long _images;
    private DateOnly _quotaDay;
    private int _quotaUsed;

    internal EmulatorMedia(TimeProvider time, string corpId)
    {
        _time = time;
        // The number in an uploadimg URL stands for the corp: the same corp, the same number.
        _corpNumber = BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(corpId))).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Adds a temporary media as <c>media/upload</c> would, checked the same way, and returns its <c>media_id</c>
    /// (valid three days from now by the emulator's clock). A file the upload would refuse is an
    /// <see cref="ArgumentException"/> naming the errcode.
    /// </summary>
    public string Add(byte[] bytes, string fileName, MediaType type)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        var outcome = Upload(bytes, fileName, "application/octet-stream", type);
        return outcome.Media?.MediaId ?? throw Refused(outcome.Error!, nameof(bytes));
    }

    /// <summary>
    /// Adds a permanent image as <c>media/uploadimg</c> would (5 B to 2 MB, JPG or PNG, within the day's quota) and
    /// returns its URL. A refused image is an <see cref="ArgumentException"/>, a spent quota an
    /// <see cref="InvalidOperationException"/>, each naming the errcode.
    /// </summary>
    public Uri AddImage(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        var outcome = UploadImage(bytes, fileName, "application/octet-stream");
        return outcome.Media?.Url ?? throw (outcome.Error == NeighbourContract.ImageUpload.QuotaSpent
            ? new InvalidOperationException(Describe(outcome.Error))
            : Refused(outcome.Error!, nameof(bytes)));
    }

    /// <summary>
    /// Ends the validity of every temporary media_id now, behind the app's back, as if their three days had passed
    /// (a clock the app does not share, or media WeCom dropped): a send that carries one is answered 40007, as for any
    /// expired media_id. Permanent images stay; uploads after this are valid as usual. Returns how many expired.
    /// </summary>
    public int ExpireAll()
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var expired = 0;
            foreach (var media in _order)
            {
                if (media.IsValidAt(now) && media.ExpiresAt is not null)
                {
                    media.ExpireBefore(now);
                    expired++;
                }
            }

            return expired;
        }
    }

    /// <summary>The temporary media with <paramref name="mediaId"/>, expired or not; <see langword="null"/> when unknown.</summary>
    public UploadedMedia? Find(string mediaId)
    {
        lock (_gate)
        {
            return _byKey.TryGetValue(mediaId, out var media) && media.Url is null ? media : null;
        }
    }

    /// <summary>The permanent image at <paramref name="url"/>, when the emulator issued it.</summary>
    public UploadedMedia? FindImage(string url)
    {
        if (!url.StartsWith(NeighbourContract.ImageUpload.UrlPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = url[NeighbourContract.ImageUpload.UrlPrefix.Length..].Split('/');
        lock (_gate)
        {
            return parts.Length == 3 && parts[0] == _corpNumber && parts[2] == "0" && _byKey.TryGetValue(parts[1], out var image) && image.Url is not null ? image : null;
        }
    }

    /// <summary>What <c>media/upload</c> does with a file: checks it, then keeps it for three days.</summary>
    internal MediaOutcome Upload(byte[] bytes, string fileName, string contentType, MediaType type)
    {
        if (MediaChecks.Check(bytes, NeighbourContract.MediaUpload.Limits[type], type == MediaType.Image) is { } error)
        {
            return new MediaOutcome(null, error);
        }

        var now = _time.GetUtcNow();
        var mediaId = "3" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return new MediaOutcome(Keep(new UploadedMedia(mediaId, type, fileName, contentType, bytes, now, now + NeighbourContract.MediaUpload.Validity, null)), null);
    }

    /// <summary>What <c>media/uploadimg</c> does with a file: checks it and the day's quota, then keeps it for good.</summary>
    internal MediaOutcome UploadImage(byte[] bytes, string fileName, string contentType)
    {
        if (MediaChecks.Check(bytes, NeighbourContract.ImageUpload.Limit, image: true) is { } error)
        {
            return new MediaOutcome(null, error);
        }

        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var day = DateOnly.FromDateTime((now + NeighbourContract.ImageUpload.QuotaDayOffset).UtcDateTime);
            if (day != _quotaDay)
            {
                (_quotaDay, _quotaUsed) = (day, 0);
            }

            if (_quotaUsed >= NeighbourContract.ImageUpload.DailyQuota)
            {
                return new MediaOutcome(null, NeighbourContract.ImageUpload.QuotaSpent);
            }

            _quotaUsed++;
            // 48 hex digits, as in the page's example; the count makes two uploads of the same bytes two images.
            var hash = Convert.ToHexStringLower(SHA256.HashData([.. BitConverter.GetBytes(++_images), .. bytes]))[..48];
            var url = new Uri($"{NeighbourContract.ImageUpload.UrlPrefix}{_corpNumber}/{hash}/0");
            return new MediaOutcome(Keep(new UploadedMedia(hash, MediaType.Image, fileName, contentType, bytes, now, null, url)), null);
        }
    }

    /// <summary>An upload by the key the inbox serves it under (a media_id or an image's hash).</summary>
    internal UploadedMedia? FindByKey(string key)
    {
        lock (_gate)
        {
            return _byKey.TryGetValue(key, out var media) ? media : null;
        }
    }

    private UploadedMedia Keep(UploadedMedia media)
    {
        lock (_gate)
        {
            _byKey.Add(media.Key, media);
            _order.Enqueue(media);
            _bytesHeld += media.Size;
            foreach (var old in _order)
            {
                if (_bytesHeld <= BytesKept)
                {
                    break;
                }

                if (old.HasBytes && old != media)
                {
                    _bytesHeld -= old.Size;
                    old.DropBytes();
                }
            }

            while (_order.Count > UploadsKept)
            {
                var forgotten = _order.Dequeue();
                _byKey.Remove(forgotten.Key);
                _bytesHeld -= forgotten.HasBytes ? forgotten.Size : 0;
            }

            return media;
        }
    }

    private static string Describe(NeighbourError error) => $"{error.Code} {error.ErrMsg}";

    private static ArgumentException Refused(NeighbourError error, string parameter) => new("WeCom would refuse this file: " + Describe(error), parameter);
}

/// <summary>What an upload came to: the media kept, or the error WeCom answers.</summary>
internal readonly record struct MediaOutcome(UploadedMedia? Media, NeighbourError? Error);
