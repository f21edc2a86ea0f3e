using System.Collections.Generic;
using Acme.Shipping;
using WeComGen.ExternalContact;

namespace WeComGen.Samples.Mistakes;

// Every line marked "expect" is a contract mistake the build must report, with the IDs listed; every other
// line is right and must stay quiet. eng/check-mistakes.sh holds the build to exactly that.
public static class Mistakes
{
    private const string Paragraph = "中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中";

    // WCG101: ten attachments; the contract allows at most nine.
    public static SendWelcomeMsgRequest TenAttachments(string code, string media) => new()
    {
        WelcomeCode = code,
        Attachments = [.. new[] { Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media) }, .. new List<Attachment> { Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media) }, Attachment.CreateVideo(media)], // expect: WCG101
    };

    // WCG101: the Add that goes past nine.
    public static SendWelcomeMsgRequest OneAddTooMany(string code, string media)
    {
        var request = new SendWelcomeMsgRequest { WelcomeCode = code, Attachments = [Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media)] };
        request.Attachments.Add(Attachment.CreateFile(media));
        request.Attachments.Add(Attachment.CreateFile(media)); // expect: WCG101
        return request;
    }

    // WCG102: a shipment needs at least one parcel.
    public static Shipment NoParcels() => new() { Note = "ok", Parcels = [] }; // expect: WCG102

    // WCG103: msgtype says image, the payload is a video.
    public static Attachment Mismatch(string media) => new() { MsgType = AttachmentType.Image, Video = new() { MediaId = media } }; // expect: WCG103

    // WCG104: msgtype says video, no payload at all.
    public static Attachment NoPayload() => new() { MsgType = AttachmentType.Video }; // expect: WCG104

    // WCG105: two payloads.
    public static Attachment TwoPayloads(string media) => new() { MsgType = AttachmentType.Video, Video = new() { MediaId = media }, File = new() { MediaId = media } }; // expect: WCG105

    // WCG106: a msgtype the contract does not define.
    public static Attachment UnknownType(string media) => new() { MsgType = (AttachmentType)42, Video = new() { MediaId = media } }; // expect: WCG106

    // WCG107: bytes, not characters: 1,500 Chinese characters are 4,500 bytes; a link title of 43 is 129.
    public static Text LongText() => new() { Content = Paragraph + Paragraph + Paragraph }; // expect: WCG107
    public static Attachment LongTitle() => Attachment.CreateLink("中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中", "https://example.com/welcome"); // expect: WCG107

    // WCG108 and WCG109: characters, on the made-up contract and on an empty media_id.
    public static Shipment LongNote(Parcel parcel) => new() { Note = "handle with care", Parcels = [parcel] }; // expect: WCG108
    public static Attachment EmptyMediaId() => Attachment.CreateVideo(""); // expect: WCG109

    // WCG110 is for contract types without C# required members; the generated ones have them, so the compiler says it.
    public static Parcel NoLabel() => new Parcel(); // expect: CS9035

    // WCG111: neither text nor attachments; an image with neither media_id nor pic_url.
    public static SendWelcomeMsgRequest Empty(string code) => new() { WelcomeCode = code }; // expect: WCG111
    public static ImageAttachment NoImage() => new() { MediaId = null }; // expect: WCG111

    // WCG112 (info): media_id wins, pic_url is ignored.
    public static ImageAttachment Both(string media) => new() { MediaId = media, PicUrl = "https://wework.qpic.cn/wwpic/a.png" }; // expect: WCG112

    // WCG113: a welcome_code is issued per event; a constant is always wrong.
    public static SendWelcomeMsgRequest ConstantCode() => new() { WelcomeCode = "CALLBACK_CODE", Text = new() { Content = "欢迎" } }; // expect: WCG113

    // WCG114: hints from the schema.
    public static Attachment NotUploaded() => Attachment.CreateImage(picUrl: "https://example.com/a.png"); // expect: WCG114
    public static Attachment NotAnAppId(string media) => Attachment.CreateMiniProgram("小程序", media, "wx123", "pages/index"); // expect: WCG114

    // WCG115: the made-up contract's sku pattern.
    public static Shipment BadSku(Parcel parcel) => new() { Sku = "abc-1234", Parcels = [parcel] }; // expect: WCG115

    // Right: none of these may raise anything.
    public static SendWelcomeMsgRequest Right(string code, string media) => new()
    {
        WelcomeCode = code,
        Text = new() { Content = Paragraph + Paragraph },
        Attachments = [.. Six(media), Attachment.CreateLink("新品上市", "https://example.com/new"), Attachment.CreateImage(picUrl: "https://wework.qpic.cn/wwpic/b.png"), Attachment.CreateMiniProgram("小程序", media, "wx0123456789abcdef", "pages/index")],
    };

    public static Shipment RightShipment(Parcel parcel) => new() { Note = "ok", Sku = "ABC-1234", Parcels = [parcel, parcel, parcel] };

    private static Attachment[] Six(string media) =>
        [Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media), Attachment.CreateFile(media)];
}
