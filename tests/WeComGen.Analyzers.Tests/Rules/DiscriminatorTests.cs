using WeComGen.Analyzers.Tests.Infrastructure;

namespace WeComGen.Analyzers.Tests.Rules;

/// <summary>WCG103-WCG106: the discriminator names exactly the one payload that is set.</summary>
public sealed class DiscriminatorTests
{
    private const string Usings = "using WeComGen.ExternalContact;\n";

    [Fact]
    public Task A_link_payload_under_msgtype_image_is_a_mismatch() =>
        Verify.Welcome(Usings + """
            class C
            {
                Attachment M() => new() { MsgType = {|#0:AttachmentType.Image|}, Link = new() { Title = "t", Url = "https://example.com" } };
            }
            """,
            Verify.Diagnostic("WCG103").WithLocation(0).WithMessage("msgtype is \"image\" but the link payload is set"));

    [Fact]
    public Task A_matching_payload_is_fine() =>
        Verify.Welcome(Usings + """
            class C
            {
                Attachment M(ImageAttachment? maybe) => new Attachment { MsgType = AttachmentType.Link, Link = new() { Title = "t", Url = "https://example.com" }, Image = null };
                Attachment N(ImageAttachment? maybe) => new Attachment { MsgType = AttachmentType.Image, Image = maybe };
            }
            """);

    [Fact]
    public Task No_payload_at_all_is_reported_at_the_discriminator() =>
        Verify.Welcome(Usings + """
            class C
            {
                Attachment M() => new() { MsgType = {|#0:AttachmentType.Video|} };
            }
            """,
            Verify.Diagnostic("WCG104").WithLocation(0).WithMessage("msgtype is \"video\" but its video payload is not set"));

    [Fact]
    public Task A_payload_set_after_the_creation_is_not_missing() =>
        Verify.Welcome(Usings + """
            class C
            {
                Attachment M(string media)
                {
                    var attachment = new Attachment { MsgType = AttachmentType.Video };
                    attachment.Video = new() { MediaId = media };
                    return attachment;
                }
            }
            """);

    [Fact]
    public Task Several_payloads_are_reported_at_the_creation() =>
        Verify.Welcome(Usings + """
            class C
            {
                Attachment M(string media) => {|#0:new Attachment|}
                {
                    MsgType = AttachmentType.Video,
                    Video = new() { MediaId = media },
                    File = new() { MediaId = media },
                };
            }
            """,
            Verify.Diagnostic("WCG105").WithLocation(0).WithMessage("Attachment sets several payloads (video, file); the contract allows exactly one"));

    [Fact]
    public Task A_value_the_enum_does_not_define_is_unknown() =>
        Verify.Welcome(Usings + """
            class C
            {
                Attachment M(string media) => new() { MsgType = {|#0:(AttachmentType)42|}, Video = new() { MediaId = media } };
            }
            """,
            Verify.Diagnostic("WCG106").WithLocation(0).WithMessage("msgtype is \"42\", which the contract does not define"));

    [Fact]
    public Task A_discriminator_that_is_not_a_constant_is_left_alone() =>
        Verify.Welcome(Usings + """
            class C
            {
                Attachment M(AttachmentType type, string media) => new() { MsgType = type, Video = new() { MediaId = media } };
            }
            """);

    [Fact]
    public Task Nested_target_typed_attachments_in_a_request_are_checked() =>
        Verify.Welcome(Usings + """
            class C
            {
                SendWelcomeMsgRequest M(string code, string media) => new()
                {
                    WelcomeCode = code,
                    Attachments =
                    [
                        new() { MsgType = AttachmentType.File, File = new() { MediaId = media } },
                        new() { MsgType = {|WCG103:AttachmentType.File|}, Video = new() { MediaId = media } },
                    ],
                };
            }
            """);

    [Fact]
    public Task A_string_discriminator_of_another_contract_is_checked() =>
        Verify.Shipping("""
            using Acme.Shipping;
            class C
            {
                Parcel Mismatch() => new() { Kind = {|#0:"envelope"|}, Crate = new() { Barcode = "B1" } };
                Parcel Unknown() => new() { Kind = {|#1:"pallet"|}, Crate = new() { Barcode = "B1" } };
                Parcel Right() => new() { Kind = "crate", Crate = new() { Barcode = "B1" } };
            }
            """,
            Verify.Diagnostic("WCG103").WithLocation(0).WithMessage("kind is \"envelope\" but the crate payload is set"),
            Verify.Diagnostic("WCG106").WithLocation(1).WithMessage("kind is \"pallet\", which the contract does not define"));
}
