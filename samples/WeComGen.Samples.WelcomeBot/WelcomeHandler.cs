using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WeComGen.AspNetCore;
using WeComGen.Assets;
using WeComGen.Callbacks;
using WeComGen.Client;
using WeComGen.ExternalContact;
using WeComGen.Personalisation;

namespace WeComGen.Samples.WelcomeBot;

/// <summary>Turns "a customer was added" into the welcome message. This is the part to copy.</summary>
public static class WelcomeHandler
{
    /// <summary>The welcome's picture (a permanent pic_url).</summary>
    public const string Picture = "picture";

    /// <summary>The mini-program card's cover (a media_id).</summary>
    public const string Cover = "cover";

    /// <summary>The introduction video (a media_id).</summary>
    public const string Intro = "intro";

    /// <summary>The guide, a PDF file (a media_id).</summary>
    public const string Guide = "guide";

    /// <summary>
    /// Runs after WeCom has been answered. <paramref name="cancellationToken"/> fires when the welcome code's
    /// 20 seconds are over (counted from the callback's arrival) or when the app stops.
    /// </summary>
    public static async Task HandleAsync(WeComCallbackContext context, CancellationToken cancellationToken)
    {
        // Only an added contact carries a welcome code; without one, the admin console's own welcome is sent.
        if (context.Event is not ExternalContactAddedEvent { WelcomeCode: { } welcomeCode } added)
        {
            return;
        }

        var client = context.Services.GetRequiredService<WeComClient>();
        var content = context.Services.GetRequiredService<IOptions<WelcomeContent>>().Value;

        // The customer's name within the lookup budget (a few seconds of the 20), or the plain greeting.
        var greeting = await context.Services.GetRequiredService<WelcomeGreeting>().ComposeAsync(
            added,
            ct => client.GetExternalContactAsync(new GetExternalContactRequest { ExternalUserId = added.ExternalUserId }, ct),
            found => found.ExternalContact?.Name,
            cancellationToken);

        // The files were uploaded at start and are kept valid; a media_id WeCom refuses anyway is uploaded again
        // and the welcome sent once more, inside the window.
        var outcome = await context.Services.GetRequiredService<WelcomeAssets>().SendAsync(client, ExternalContactEndpoints.SendWelcomeMsg, media => new SendWelcomeMsgRequest
        {
            // An EventCode stamped with the callback's arrival: the client sends it once, inside its window.
            WelcomeCode = welcomeCode,
            Text = new Text { Content = greeting.Text },
            Attachments =
            [
                Attachment.CreateImage(picUrl: media.PicUrl(Picture)),
                Attachment.CreateVideo(media.MediaId(Intro)),
                Attachment.CreateFile(media.MediaId(Guide)),
                Attachment.CreateLink(content.LinkTitle, content.LinkUrl, description: content.LinkDescription),
                Attachment.CreateMiniProgram(content.MiniProgramTitle, media.MediaId(Cover), content.MiniProgramAppId, content.MiniProgramPage),
            ],
        }, cancellationToken);

        // Sent and AlreadyDelivered (41051, a retry of a welcome that went out) are both success; never resend.
        var logger = context.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WelcomeHandler));
        logger.LogInformation("Welcome for {ExternalUserId}, added by {UserId}: {Outcome}", added.ExternalUserId, added.UserId, outcome);
        context.Services.GetRequiredService<WelcomeOutcomes>().Report(added.ExternalUserId, new WelcomeReport(outcome, greeting));
    }
}
