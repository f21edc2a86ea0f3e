namespace WeComGen.Analyzers.Tests.Contracts;

/// <summary>Code that builds requests, right and wrong, in every shape the rules look at; cut anywhere, it is code half-typed in an editor.</summary>
internal static class SampleUsage
{
    public const string Welcome = """
        using System.Collections.Generic;
        using WeComGen.Credentials;
        using WeComGen.ExternalContact;

        class Sample
        {
            const string Greeting = "你好";
            SendWelcomeMsgRequest? _draft;

            SendWelcomeMsgRequest Build(string code, bool more, Text? maybe)
            {
                Attachment[] four = [Attachment.CreateImage("A"), Attachment.CreateImage("B"), Attachment.CreateImage("C"), Attachment.CreateImage("D")];
                var list = new List<Attachment> { Attachment.CreateLink("中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中", "https://example.com") };
                list.Add(new() { MsgType = AttachmentType.Image, Link = new() { Title = "t", Url = "u" } });
                if (more) { list.Add(Attachment.CreateMiniProgram("t", "P", "wx123", "p")); }
                var request = new SendWelcomeMsgRequest
                {
                    WelcomeCode = "CONSTANT",
                    Text = new() { Content = Greeting + $"{Greeting}" },
                    Attachments = [.. four, .. four, Attachment.CreateImage("E"), .. new[] { Attachment.Create(new ImageAttachment { MediaId = "M", PicUrl = "https://x.qpic.cn/a" }) }],
                };
                list.Add(new Attachment { MsgType = AttachmentType.Video, Video = new() { MediaId = "V" }, File = new() { MediaId = "F" } });
                request.Text = maybe with { };
                _draft = new() { WelcomeCode = EventCode.Received(code, System.TimeProvider.System) };
                return new() { WelcomeCode = code, Text = new() { Content = "hi" } };
            }
        }
        """;

    public const string Shipping = """
        using Acme.Shipping;

        class Sample
        {
            Shipment Build(string token) => new Shipment { PickupToken = "T", Note = "x", Sku = "abc", LegacyCode = "z", Parcels = [new() { Kind = "pallet", Crate = new() { Barcode = "B", Label = "ABCDEFG" } }, Parcel.CreateCrate(label: "Q")] } with { Note = "too long" };
        }
        """;
}
