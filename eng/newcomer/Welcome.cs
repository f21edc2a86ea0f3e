using System.Text.Json;
using WeComGen.Credentials;
using WeComGen.ExternalContact;

namespace Newcomer;

public static class Welcome
{
    public static string Build(string welcomeCode, string mediaId)
    {
        var request = new SendWelcomeMsgRequest
        {
            WelcomeCode = new EventCode(welcomeCode, receivedAt: null),
            Text = new() { Content = "欢迎！" },
            Attachments =
            [
                Attachment.CreateImage(mediaId: mediaId),
                Attachment.CreateLink("标题", "https://example.com/"),
#if WITH_MISTAKE
                Attachment.CreateImage(mediaId: mediaId),
                Attachment.CreateImage(mediaId: mediaId),
                Attachment.CreateImage(mediaId: mediaId),
                Attachment.CreateImage(mediaId: mediaId),
                Attachment.CreateImage(mediaId: mediaId),
                Attachment.CreateImage(mediaId: mediaId),
                Attachment.CreateImage(mediaId: mediaId),
                Attachment.CreateImage(mediaId: mediaId),
#endif
            ],
        };

        request.Validate().ThrowIfInvalid();
        return JsonSerializer.Serialize(request, ExternalContactJsonContext.Default.SendWelcomeMsgRequest);
    }
}
