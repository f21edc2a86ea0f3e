using System.IO;
using System.Text.Json;
using WeComGen.Emulator.Callbacks;
using WeComGen.Emulator.WelcomeCodes;
using WeComGen.ExternalContact;

namespace WeComGen.Samples.WelcomeBot.Emulated;

/// <summary>Prints a welcome message as the emulator received it, read with the bot's own types; the welcome code stays masked.</summary>
internal static class DeliveryReport
{
    public static void Write(TextWriter output, DeliveredWelcomeMessage delivered, AddedCustomer customer)
    {
        var request = JsonSerializer.Deserialize(delivered.Json, ExternalContactJsonContext.Default.SendWelcomeMsgRequest)!;
        output.WriteLine(
            $"the emulator delivered, {(delivered.DeliveredAt - customer.IssuedAt).TotalSeconds:0.000} s after the code was issued " +
            $"(welcome_code {request.WelcomeCode}, app {delivered.App}):");
        if (request.Text?.Content is { } text)
        {
            output.WriteLine($"  text         {text}");
        }

        foreach (var attachment in request.Attachments ?? [])
        {
            output.WriteLine("  " + Describe(attachment));
        }
    }

    private static string Describe(Attachment attachment) => attachment switch
    {
        { Image: { } image } => $"image        {image.PicUrl ?? image.MediaId}",
        { Link: { } link } => $"link         {link.Title} -> {link.Url}",
        { MiniProgram: { } card } => $"miniprogram  {card.Title} ({card.AppId} {card.Page})",
        { Video: { } video } => $"video        {video.MediaId}",
        { File: { } file } => $"file         {file.MediaId}",
        _ => AttachmentTypeExtensions.ToWireValue(attachment.MsgType) ?? attachment.MsgType.ToString(),
    };
}
