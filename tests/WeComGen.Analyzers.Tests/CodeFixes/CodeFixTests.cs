using WeComGen.Analyzers.Tests.Contracts;
using WeComGen.Analyzers.Tests.Infrastructure;
using WeComGen.CodeFixes;

namespace WeComGen.Analyzers.Tests.CodeFixes;

/// <summary>Each fix repairs its diagnostic, and fix-all repairs every occurrence in one pass.</summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task The_discriminator_is_set_to_the_payload_that_is_present_everywhere() =>
        Verify.Fix<SetDiscriminatorFix>(
            """
            using WeComGen.ExternalContact;
            using static WeComGen.ExternalContact.AttachmentType;
            class C
            {
                Attachment A(string media) => new() { MsgType = {|WCG103:AttachmentType.Image|}, Video = new() { MediaId = media } };
                Attachment B(string media) => new() { MsgType = {|WCG103:File|}, Video = new() { MediaId = media } };
            }
            """,
            """
            using WeComGen.ExternalContact;
            using static WeComGen.ExternalContact.AttachmentType;
            class C
            {
                Attachment A(string media) => new() { MsgType = AttachmentType.Video, Video = new() { MediaId = media } };
                Attachment B(string media) => new() { MsgType = Video, Video = new() { MediaId = media } };
            }
            """,
            [WelcomeContract.Source]);

    [Fact]
    public Task A_string_discriminator_gets_the_payloads_wire_value() =>
        Verify.Fix<SetDiscriminatorFix>(
            """
            using Acme.Shipping;
            class C
            {
                Parcel A() => new() { Kind = {|WCG103:"envelope"|}, Crate = new() { Barcode = "B1" } };
            }
            """,
            """
            using Acme.Shipping;
            class C
            {
                Parcel A() => new() { Kind = "crate", Crate = new() { Barcode = "B1" } };
            }
            """,
            [ShippingContract.Source]);

    [Fact]
    public Task The_ignored_member_is_removed_everywhere() =>
        Verify.Fix<RemoveIgnoredMemberFix>(
            """
            using WeComGen.ExternalContact;
            class C
            {
                ImageAttachment A() => new() { MediaId = "MEDIA", {|WCG112:PicUrl = "https://wework.qpic.cn/a.png"|} };
                ImageAttachment B() => new()
                {
                    {|WCG112:PicUrl = "https://wework.qpic.cn/b.png"|},
                    MediaId = "MEDIA",
                };
            }
            """,
            """
            using WeComGen.ExternalContact;
            class C
            {
                ImageAttachment A() => new() { MediaId = "MEDIA" };
                ImageAttachment B() => new()
                {
                    MediaId = "MEDIA",
                };
            }
            """,
            [WelcomeContract.Source]);

    [Fact]
    public Task The_ignored_argument_is_removed_from_factory_calls() =>
        Verify.Fix<RemoveIgnoredMemberFix>(
            """
            using WeComGen.ExternalContact;
            class C
            {
                Attachment A() => Attachment.CreateImage("MEDIA", {|WCG112:"https://wework.qpic.cn/a.png"|});
                Attachment B() => Attachment.CreateImage({|WCG112:picUrl: "https://wework.qpic.cn/b.png"|}, mediaId: "MEDIA");
                Attachment[] D() => [Attachment.CreateImage("MEDIA", {|WCG112:picUrl: "https://wework.qpic.cn/d.png"|}), Attachment.CreateImage("M")];
            }
            """,
            """
            using WeComGen.ExternalContact;
            class C
            {
                Attachment A() => Attachment.CreateImage("MEDIA");
                Attachment B() => Attachment.CreateImage(mediaId: "MEDIA");
                Attachment[] D() => [Attachment.CreateImage("MEDIA"), Attachment.CreateImage("M")];
            }
            """,
            [WelcomeContract.Source]);

    [Fact]
    public Task An_ignored_positional_argument_before_others_becomes_default() =>
        Verify.Fix<RemoveIgnoredMemberFix>(
            """
            using Acme.Shipping;
            class C
            {
                Parcel A() => Parcel.CreateCrate({|WCG112:"box"|}, "B-1");
            }
            """,
            """
            using Acme.Shipping;
            class C
            {
                Parcel A() => Parcel.CreateCrate(default, "B-1");
            }
            """,
            [ShippingContract.Source]);

    [Fact]
    public Task Missing_required_members_get_placeholders_the_build_still_checks() =>
        Verify.Fix<AddRequiredMembersFix>(
            """
            using Acme.Shipping;
            class C
            {
                Shipment A() => {|WCG110:new Shipment()|} { Note = "hello" };
                Parcel B() => {|WCG110:new Parcel()|};
                Parcel D() => new() { Kind = "envelope", Envelope = {|WCG110:new()|} };
            }
            """,
            """
            using Acme.Shipping;
            class C
            {
                Shipment A() => new Shipment() { Note = "hello", PickupToken = {|WCG113:""|} };
                Parcel B() => new Parcel() { Kind = {|WCG106:""|} };
                Parcel D() => new() { Kind = "envelope", Envelope = new() { WeightGrams = 0 } };
            }
            """,
            [ShippingContract.Source]);
}
