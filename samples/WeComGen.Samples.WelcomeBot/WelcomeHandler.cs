using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WeComGen.AspNetCore;
using WeComGen.Callbacks;
using WeComGen.Client;
using WeComGen.ExternalContact;

namespace WeComGen.Samples.WelcomeBot;

/// <summary>Turns "a customer was added" into the welcome message. This is the part to copy.</summary>
public static class WelcomeHandler
{
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

        var content = context.Services.GetRequiredService<IOptions<WelcomeContent>>().Value;
        var request = new SendWelcomeMsgRequest
        {
            // An EventCode stamped with the callback's arrival: the client sends it once, inside its window.
            WelcomeCode = welcomeCode,
            Text = new Text { Content = content.Greeting },
            Attachments =
            [
                Attachment.CreateImage(picUrl: content.ImageUrl),
                Attachment.CreateLink(content.LinkTitle, content.LinkUrl, description: content.LinkDescription),
                Attachment.CreateMiniProgram(content.MiniProgramTitle, content.MiniProgramPicMediaId, content.MiniProgramAppId, content.MiniProgramPage),
            ],
        };

        var client = context.Services.GetRequiredService<WeComClient>();
        var outcome = await client.SendWelcomeMsgAsync(request, cancellationToken);

        // Sent and AlreadyDelivered (41051, a retry of a welcome that went out) are both success; never resend.
        var logger = context.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WelcomeHandler));
        logger.LogInformation("Welcome for {ExternalUserId}, added by {UserId}: {Outcome}", added.ExternalUserId, added.UserId, outcome);
        context.Services.GetRequiredService<WelcomeOutcomes>().Report(added.ExternalUserId, outcome);
    }
}
