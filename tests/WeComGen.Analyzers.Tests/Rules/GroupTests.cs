using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using WeComGen.Analyzers.Tests.Infrastructure;

namespace WeComGen.Analyzers.Tests.Rules;

/// <summary>WCG111/WCG112: at least one member of a [ContractAtLeastOneOf] group is set; with Preferred, the others are ignored.</summary>
public sealed class GroupTests
{
    private const string Usings = "using WeComGen.ExternalContact;\n";

    private static DiagnosticResult NoneOf(int location, string owner, string members) =>
        Verify.Diagnostic("WCG111").WithLocation(location)
            .WithMessage($"{owner} sets none of {members}; the contract requires at least one");

    private static DiagnosticResult Ignored(int location, string owner, string preferred, string ignored) =>
        new DiagnosticResult("WCG112", DiagnosticSeverity.Info).WithLocation(location)
            .WithMessage($"{owner} sets both {preferred} and {ignored}; {preferred} is used and {ignored} is ignored");

    [Fact]
    public Task A_request_with_neither_text_nor_attachments_is_an_error() =>
        Verify.Welcome(Usings + """
            class C
            {
                SendWelcomeMsgRequest M(string code) => {|#0:new()|} { WelcomeCode = code };
            }
            """,
            NoneOf(0, "SendWelcomeMsgRequest", "text, attachments"));

    [Fact]
    public Task Attachments_known_to_be_empty_do_not_count_as_set() =>
        Verify.Welcome(Usings + """
            using System.Collections.Generic;
            class C
            {
                SendWelcomeMsgRequest A(string code) => {|#0:new()|} { WelcomeCode = code, Attachments = [] };
                SendWelcomeMsgRequest B(string code) => {|#1:new()|} { WelcomeCode = code, Attachments = new List<Attachment>() };
            }
            """,
            NoneOf(0, "SendWelcomeMsgRequest", "text, attachments"),
            NoneOf(1, "SendWelcomeMsgRequest", "text, attachments"));

    [Fact]
    public Task Attachments_of_unknown_size_or_with_an_item_count_as_set() =>
        Verify.Welcome(Usings + """
            using System.Collections.Generic;
            class C
            {
                SendWelcomeMsgRequest A(string code, List<Attachment> list) => new() { WelcomeCode = code, Attachments = list };
                SendWelcomeMsgRequest B(string code, Attachment[] more) => new() { WelcomeCode = code, Attachments = [.. more] };
                SendWelcomeMsgRequest D(string code) => new() { WelcomeCode = code, Attachments = [Attachment.CreateImage("M")] };
            }
            """);

    [Fact]
    public Task An_image_factory_given_neither_media_id_nor_pic_url_is_an_error() =>
        Verify.Welcome(Usings + """
            class C
            {
                Attachment A() => {|#0:Attachment.CreateImage()|};
                Attachment B() => {|#1:Attachment.CreateImage(mediaId: null, picUrl: null)|};
            }
            """,
            NoneOf(0, "ImageAttachment", "media_id, pic_url"),
            NoneOf(1, "ImageAttachment", "media_id, pic_url"));

    [Fact]
    public Task An_image_factory_given_either_or_a_value_that_may_be_set_is_fine() =>
        Verify.Welcome(Usings + """
            class C
            {
                Attachment A(string media) => Attachment.CreateImage(media);
                Attachment B() => Attachment.CreateImage(picUrl: "https://wework.qpic.cn/a.png");
                Attachment D(string? media) => Attachment.CreateImage(mediaId: media);
            }
            """);

    [Fact]
    public Task Pic_url_given_to_the_factory_next_to_media_id_is_ignored() =>
        Verify.Welcome(Usings + """
            class C
            {
                Attachment A() => Attachment.CreateImage("MEDIA", {|#0:"https://wework.qpic.cn/a.png"|});
                Attachment B() => Attachment.CreateImage({|#1:picUrl: "https://wework.qpic.cn/a.png"|}, mediaId: "MEDIA");
            }
            """,
            Ignored(0, "ImageAttachment", "media_id", "pic_url"),
            Ignored(1, "ImageAttachment", "media_id", "pic_url"));

    [Fact]
    public Task Another_contracts_factory_is_checked_by_its_own_group_even_for_members_without_constraints() =>
        Verify.Shipping("""
            using Acme.Shipping;
            class C
            {
                Parcel A() => {|#0:Parcel.CreateCrate()|};
                Parcel B() => Parcel.CreateCrate(barcode: "B-1");
                Parcel D() => Parcel.CreateCrate({|#1:"box"|}, "B-1");
            }
            """,
            NoneOf(0, "Crate", "barcode, label"),
            Ignored(1, "Crate", "barcode", "label"));

    [Fact]
    public Task Text_alone_attachments_alone_or_a_value_that_may_be_set_are_fine() =>
        Verify.Welcome(Usings + """
            class C
            {
                SendWelcomeMsgRequest A(string code) => new() { WelcomeCode = code, Text = new() { Content = "hi" } };
                SendWelcomeMsgRequest B(string code) => new() { WelcomeCode = code, Attachments = [Attachment.CreateImage("M")] };
                SendWelcomeMsgRequest D(string code, Text? text) => new() { WelcomeCode = code, Text = text };
            }
            """);

    [Fact]
    public Task An_image_with_neither_media_id_nor_pic_url_is_an_error() =>
        Verify.Welcome(Usings + """
            class C
            {
                Attachment M() => new() { MsgType = AttachmentType.Image, Image = {|#0:new()|} { MediaId = null } };
            }
            """,
            NoneOf(0, "ImageAttachment", "media_id, pic_url"));

    [Fact]
    public Task Pic_url_next_to_media_id_is_ignored() =>
        Verify.Welcome(Usings + """
            class C
            {
                ImageAttachment M() => new() { MediaId = "MEDIA", {|#0:PicUrl = "https://wework.qpic.cn/a.png"|} };
            }
            """,
            Ignored(0, "ImageAttachment", "media_id", "pic_url"));

    [Fact]
    public Task Pic_url_alone_or_next_to_a_media_id_that_may_be_null_is_not_ignored() =>
        Verify.Welcome(Usings + """
            class C
            {
                ImageAttachment A() => new() { PicUrl = "https://wework.qpic.cn/a.png" };
                ImageAttachment B(string? media) => new() { MediaId = media, PicUrl = "https://wework.qpic.cn/a.png" };
            }
            """);

    [Fact]
    public Task Another_contracts_groups_use_their_own_members() =>
        Verify.Shipping("""
            using Acme.Shipping;
            class C
            {
                Shipment M(string token) => {|WCG111:new()|} { PickupToken = token };
                Crate N() => new() { Barcode = "B1", {|WCG112:Label = "abc"|} };
            }
            """);
}
