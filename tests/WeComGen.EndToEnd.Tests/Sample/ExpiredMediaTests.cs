using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WeComGen.Assets;
using WeComGen.Client;
using WeComGen.Emulator;
using WeComGen.Emulator.History;
using WeComGen.EndToEnd.Tests.Support;
using WeComGen.ExternalContact;
using WeComGen.Samples.WelcomeBot;

namespace WeComGen.EndToEnd.Tests.Sample;

/// <summary>
/// WeCom forgets the bot's media_ids behind its back (<c>Media.ExpireAll</c>): the welcome is answered 40007, the
/// bot uploads its media once more and sends again inside the code's 20 seconds; when the window has closed by the
/// time the 40007 comes, nothing more is sent and the refusal is the outcome.
/// </summary>
public sealed class ExpiredMediaTests
{
    /// <summary>Far longer than a welcome takes here, and shorter than a hung test.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(25);

    private static readonly string[] Expiring = [WelcomeHandler.Cover, WelcomeHandler.Intro, WelcomeHandler.Guide];

    [Fact]
    public async Task A_welcome_refused_for_media_WeCom_expired_is_sent_again_with_media_uploaded_once_more_within_the_window()
    {
        await using var setup = await BotOnEmulator.StartAsync();
        var assets = setup.Bot.Services.GetRequiredService<WelcomeAssets>();
        var before = Expiring.Select(assets.Current.MediaId).ToList();
        var uploadsBefore = assets.UploadCount;
        Assert.Equal(Expiring.Length, setup.Emulator.Media.ExpireAll());
        var welcomed = setup.Outcomes.Expect("wmExpired2001");

        var customer = await setup.Emulator.AddCustomerAsync("zhangsan", "wmExpired2001");

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>((await welcomed.WaitAsync(Patience)).Outcome);
        var answers = Sends(setup.Emulator, customer.WelcomeCode);
        Assert.Equal([40007, 0], answers.Select(answer => answer.ErrCode));
        Assert.Equal((Expiring.Length, Expiring.Length), (assets.UploadCount - uploadsBefore, assets.SendUploadCount)); // each content once
        var delivered = Assert.Single(setup.Emulator.Deliveries);
        Assert.InRange(delivered.DeliveredAt - customer.IssuedAt, TimeSpan.Zero, setup.Emulator.Options.WelcomeCodeValidity);
        var carried = MediaIds(delivered.Json);
        var after = Expiring.Select(assets.Current.MediaId).ToList();
        Assert.Equal(after.Order(), carried.Order());
        Assert.Empty(after.Intersect(before));
        Assert.All(carried, id => Assert.True(setup.Emulator.Media.Find(id)!.IsValidAt(setup.Emulator.Options.Time.GetUtcNow())));
    }

    [Fact]
    public async Task A_refusal_that_comes_after_the_window_closed_is_the_outcome_and_nothing_is_uploaded_or_sent_again()
    {
        var clock = new SteppedClock();
        var options = new WeComEmulatorOptions { Time = clock };
        // WeCom answers the send once the code's 20 seconds are over: the answer arrives, the clock has moved past them.
        var lateAnswers = new LateSendAnswers(clock, options.WelcomeCodeValidity + TimeSpan.FromSeconds(1));
        await using var setup = await BotOnEmulator.StartAsync(
            options,
            services => services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => lateAnswers.Handler())));
        var assets = setup.Bot.Services.GetRequiredService<WelcomeAssets>();
        var uploadsBefore = assets.UploadCount;
        setup.Emulator.Media.ExpireAll();
        var welcomed = setup.Outcomes.Expect("wmExpired2002");

        var customer = await setup.Emulator.AddCustomerAsync("zhangsan", "wmExpired2002");

        var outcome = Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Failed>((await welcomed.WaitAsync(Patience)).Outcome);
        var refused = Assert.IsType<WeComFailure.Rejected>(outcome.Failure);
        Assert.Equal((int)WeComErrorCode.InvalidMediaId, refused.Error.Code);
        Assert.Equal([40007], Sends(setup.Emulator, customer.WelcomeCode).Select(answer => answer.ErrCode));
        Assert.Equal((0, 0), (assets.UploadCount - uploadsBefore, assets.SendUploadCount));
        Assert.Empty(setup.Emulator.Deliveries);
    }

    private static List<WelcomeEvent> Sends(WeComEmulator emulator, string welcomeCode) =>
        emulator.Timelines.Single(timeline => timeline.WelcomeCode == welcomeCode).Events.Where(e => e.Kind == WelcomeEventKind.SendAnswered).ToList();

    private static List<string> MediaIds(string json)
    {
        var request = JsonSerializer.Deserialize(json, ExternalContactJsonContext.Default.SendWelcomeMsgRequest)!;
        return request.Attachments!
            .Select(a => a.MiniProgram?.PicMediaId ?? a.Video?.MediaId ?? a.File?.MediaId)
            .OfType<string>()
            .ToList();
    }

    /// <summary>Moves the shared clock on by <c>by</c> when a send_welcome_msg answer reaches the bot.</summary>
    private sealed class LateSendAnswers(SteppedClock clock, TimeSpan by)
    {
        public DelegatingHandler Handler() => new Late(clock, by);

        private sealed class Late(SteppedClock clock, TimeSpan by) : DelegatingHandler
        {
            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var response = await base.SendAsync(request, cancellationToken);
                if (request.RequestUri!.AbsolutePath.EndsWith("/send_welcome_msg", StringComparison.Ordinal))
                {
                    clock.Advance(by);
                }

                return response;
            }
        }
    }
}
