using CsCheck;
using WeComGen.Client.Tests.Support;
using WeComGen.Uploads;

namespace WeComGen.Client.Tests.Uploads;

/// <summary>The content check reads signatures: any bytes are safe to give it, real ones are recognised, cut ones are not.</summary>
public sealed class ContentSnifferTests
{
    public static TheoryData<string, byte[]> Known() => new()
    {
        { "image/png", Signatures.Png },
        { "image/jpeg", Signatures.Jpeg[..3] },
        { "video/mp4", Signatures.Mp4[..8] },
        { "audio/amr", Signatures.Amr },
    };

    [Fact]
    public void Random_bytes_never_break_it()
    {
        Gen.Byte.Array[0, 64].Sample(bytes => { ContentSniffer.Recognise(bytes); });
    }

    [Theory]
    [MemberData(nameof(Known))]
    public void A_signature_is_recognised_whatever_follows(string mediaType, byte[] signature)
    {
        Gen.Byte.Array[0, 32].Sample(tail => Assert.Equal(mediaType, ContentSniffer.Recognise(signature.Then(tail))));
    }

    [Theory]
    [MemberData(nameof(Known))]
    public void A_cut_signature_is_not_recognised(string mediaType, byte[] signature)
    {
        Gen.Int[0, signature.Length - 1].Sample(length => Assert.NotEqual(mediaType, ContentSniffer.Recognise(signature[..length])));
    }

    [Fact]
    public void Any_box_size_before_ftyp_is_mp4()
    {
        // Only a size whose first bytes are JPEG's signature reads as JPEG, which is checked first.
        Gen.Byte.Array[4].Sample(size => Assert.Equal(
            size.AsSpan().StartsWith(Signatures.Jpeg[..3]) ? "image/jpeg" : "video/mp4",
            ContentSniffer.Recognise(size.Then("ftyp"u8.ToArray()))));
    }

    [Fact]
    public void A_signature_elsewhere_than_the_start_is_not_recognised()
    {
        Assert.Null(ContentSniffer.Recognise([0x00, .. Signatures.Png]));
        Assert.Null(ContentSniffer.Recognise("GIF89a.."u8));
        Assert.Null(ContentSniffer.Recognise("#!AMR-WB\n"u8));
    }
}
