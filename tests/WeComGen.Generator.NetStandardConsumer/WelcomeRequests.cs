using System.Collections.Generic;
using WeComGen.ExternalContact;
using WeComGen.Validation;

namespace WeComGen.Generator.NetStandardConsumer;

/// <summary>Uses the generated types where the language has no required members.</summary>
internal static class WelcomeRequests
{
    public static ValidationResult ValidateTextOnly(string welcomeCode, string text) =>
        new SendWelcomeMsgRequest
        {
            WelcomeCode = welcomeCode,
            Text = new Text { Content = text },
            Attachments = new List<Attachment> { Attachment.CreateVideo("MEDIA_ID") },
        }.Validate();
}
