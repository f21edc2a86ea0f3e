using System.Collections.Concurrent;
using WeComGen.Assets;
using WeComGen.Client;
using WeComGen.Media;
using WeComGen.Uploads;

namespace WeComGen.Assets.Tests.Support;

/// <summary>
/// Uploads that answer at once (or when <see cref="Hold"/> is released) with a numbered media_id made at the fake
/// clock's now, living as long as the media schema says, or a permanent URL for an image; each call is recorded.
/// </summary>
internal sealed class FakeUploads(TimeProvider time) : IWelcomeMediaUploads
{
    /// <summary>A media_id's life, as the shipped media schema states it (<c>x-wecom-valid-for</c> of <c>media_id</c>).</summary>
    public static TimeSpan MediaValidity => MediaEndpoints.UploadMedia.Lifetimes.Single().ValidFor!.Value;

    private int _count;

    public ConcurrentQueue<(WelcomeAssetKind Kind, string FileName)> Calls { get; } = new();

    public int Count => Volatile.Read(ref _count);

    /// <summary>When set, uploads wait for it before answering.</summary>
    public TaskCompletionSource? Hold { get; set; }

    /// <summary>How far WeCom's clock (its <c>created_at</c>) is ahead of the app's; behind when negative.</summary>
    public TimeSpan WeComClockOffset { get; set; }

    /// <summary>When set, the upload with this number (from 1) fails with this failure.</summary>
    public Func<int, WeComFailure?> Failure { get; set; } = _ => null;

    public TimeSpan? ValidFor(WelcomeAssetKind kind) => kind.IsPermanent() ? null : MediaValidity;

    public async Task<WelcomeUpload> UploadAsync(WelcomeAssetKind kind, WeComFile file, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _count);
        Calls.Enqueue((kind, file.FileName));
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        return Failure(number) is { } failure ? WelcomeUpload.Failed(failure)
            : kind.IsPermanent() ? WelcomeUpload.Succeeded($"https://wework.qpic.cn/wwpic/test/{number}/0", null)
            : WelcomeUpload.Succeeded($"media-{number}", time.GetUtcNow() + WeComClockOffset);
    }
}
