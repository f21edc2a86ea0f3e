using Microsoft.Extensions.Time.Testing;
using WeComGen.Assets.Tests.Support;
using WeComGen.Client;
using WeComGen.Credentials;
using WeComGen.ExternalContact;

namespace WeComGen.Assets.Tests.Assets;

/// <summary>
/// A welcome refused for its media (40007) is re-uploaded once and sent once more inside the welcome code's window,
/// never after it; concurrent refusals share one re-upload.
/// </summary>
public sealed class SendTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly ScriptedSends _wire = new();

    [Fact]
    public async Task A_refused_media_id_is_uploaded_again_once_and_the_welcome_sent_once_more_inside_the_window()
    {
        using var assets = await StartedAssetsAsync(new FakeUploads(_time));
        var stale = assets.Current.MediaId("cover");
        _wire.Refused[stale] = true; // WeCom no longer knows it

        var outcome = await assets.SendAsync(Client(), ExternalContactEndpoints.SendWelcomeMsg, media => Welcome("code-1", media), CancellationToken.None);

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(outcome);
        Assert.Equal(2, _wire.Bodies.Count);
        Assert.Equal(2, assets.UploadCount);
        Assert.Equal(1, assets.SendUploadCount);
        Assert.DoesNotContain(stale, _wire.Bodies.Last());
        Assert.Contains(assets.Current.MediaId("cover"), _wire.Bodies.Last());
    }

    [Fact]
    public async Task A_media_id_refused_again_after_the_re_upload_is_not_uploaded_a_third_time()
    {
        var uploads = new FakeUploads(_time);
        using var assets = await StartedAssetsAsync(uploads);
        _wire.Refused["media-1"] = true;
        _wire.Refused["media-2"] = true;

        var outcome = await assets.SendAsync(Client(), ExternalContactEndpoints.SendWelcomeMsg, media => Welcome("code-1", media), CancellationToken.None);

        Assert.Equal(40007, Assert.IsType<WeComFailure.Rejected>(outcome.Failure).Error.Code);
        Assert.Equal(2, _wire.Bodies.Count);
        Assert.Equal(2, uploads.Count);
    }

    [Fact]
    public async Task A_refusal_that_arrives_after_the_window_is_the_outcome_with_no_re_upload()
    {
        var uploads = new FakeUploads(_time);
        using var assets = await StartedAssetsAsync(uploads);
        _wire.Refused[assets.Current.MediaId("cover")] = true;
        var window = ExternalContactEndpoints.SendWelcomeMsg.CredentialValidity!.Value;
        _wire.OnSend = () => _time.Advance(window); // the answer comes as the window closes

        var outcome = await assets.SendAsync(Client(), ExternalContactEndpoints.SendWelcomeMsg, media => Welcome("code-1", media), CancellationToken.None);

        Assert.Equal(40007, Assert.IsType<WeComFailure.Rejected>(outcome.Failure).Error.Code);
        Assert.Single(_wire.Bodies);
        Assert.Equal(1, uploads.Count);
    }

    [Fact]
    public async Task Concurrent_refusals_of_the_same_media_id_share_one_re_upload()
    {
        var uploads = new FakeUploads(_time);
        using var assets = await StartedAssetsAsync(uploads);
        _wire.Refused[assets.Current.MediaId("cover")] = true;
        uploads.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = Client();

        var sends = Enumerable.Range(1, 20)
            .Select(i => Task.Run(() => assets.SendAsync(client, ExternalContactEndpoints.SendWelcomeMsg, media => Welcome($"code-{i}", media), CancellationToken.None)))
            .ToList();
        Assert.True(await Eventually.HoldsAsync(() => _wire.Bodies.Count == 20 && uploads.Count == 2));
        uploads.Hold.SetResult();
        var outcomes = await Task.WhenAll(sends);

        Assert.All(outcomes, outcome => Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(outcome));
        Assert.Equal(2, uploads.Count);
        Assert.Equal(1, assets.SendUploadCount);
        Assert.Equal(40, _wire.Bodies.Count);
    }

    [Fact]
    public async Task A_send_after_the_media_id_expired_unrefreshed_waits_for_one_upload_rather_than_send_it()
    {
        var uploads = new FakeUploads(_time) { Failure = number => number == 2 ? new WeComFailure.TransportFailure("UploadMedia", TransportProblem.ConnectionFailed, null) : null };
        using var assets = await StartedAssetsAsync(uploads);
        var stale = assets.Current.MediaId("cover");
        _wire.Refused[stale] = true;
        _time.Advance(TimeSpan.FromDays(3)); // the background refresh failed and its retry has not come yet
        Assert.True(await Eventually.HoldsAsync(() => uploads.Count == 2));

        var outcome = await assets.SendAsync(Client(), ExternalContactEndpoints.SendWelcomeMsg, media => Welcome("code-1", media), CancellationToken.None);

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(outcome);
        Assert.DoesNotContain(stale, _wire.Bodies.Last());
        Assert.Equal(1, assets.SendUploadCount);
    }

    private async Task<WelcomeAssets> StartedAssetsAsync(FakeUploads uploads)
    {
        var options = new WelcomeAssetOptions { RetryDelay = TimeSpan.FromHours(1) }
            .Add(WelcomeAsset.FromStream("cover", WelcomeAssetKind.MiniProgramCover, () => new MemoryStream(Files.Png), "cover.png"));
        var assets = new WelcomeAssets(uploads, options, _time);
        await assets.StartAsync();
        return assets;
    }

    private WeComClient Client() =>
        new(new HttpClient(_wire), new FixedToken(), new WeComClientOptions { BaseAddress = new Uri("http://wecom.test/") }, _time);

    private SendWelcomeMsgRequest Welcome(string code, WelcomeMedia media) => new()
    {
        WelcomeCode = new EventCode(code, _time.GetUtcNow()),
        Text = new Text { Content = "欢迎" },
        Attachments = [Attachment.CreateMiniProgram("会员中心", media.MediaId("cover"), "wx8bd80126147dfAAA", "/pages/member/index.html")],
    };
}
