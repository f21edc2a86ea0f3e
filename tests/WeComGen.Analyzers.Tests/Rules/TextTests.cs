using WeComGen.Analyzers.Tests.Infrastructure;

namespace WeComGen.Analyzers.Tests.Rules;

/// <summary>WCG107-WCG109 and WCG115: constant text against byte limits, character limits and patterns.</summary>
public sealed class TextTests
{
    private const string Usings = "using WeComGen.ExternalContact;\n";

    // 中 is one character and three UTF-8 bytes.
    private static readonly string ChineseAtLimit = new string('中', 1333) + "x";      // 4,000 bytes, 1,334 characters
    private static readonly string ChineseOverLimit = new string('中', 1333) + "xy";   // 4,001 bytes, 1,335 characters

    [Fact]
    public Task Chinese_text_of_4001_bytes_is_too_long_and_the_message_says_bytes_and_characters() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                SendWelcomeMsgRequest M(string code) => new() { WelcomeCode = code, Text = new() { Content = {|#0:"{{ChineseOverLimit}}"|} } };
            }
            """,
            Verify.Diagnostic("WCG107").WithLocation(0)
                .WithMessage("content is 4001 UTF-8 bytes (1335 characters); the contract allows at most 4000 bytes"));

    [Fact]
    public Task Chinese_text_of_exactly_4000_bytes_is_allowed() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                SendWelcomeMsgRequest M(string code) => new() { WelcomeCode = code, Text = new() { Content = "{{ChineseAtLimit}}" } };
            }
            """);

    [Fact]
    public Task Const_fields_concatenations_interpolations_and_raw_strings_are_constants() =>
        Verify.Welcome(Usings + $$""""
            class C
            {
                const string Half = "{{new string('中', 700)}}";
                const string Interpolated = $"{Half}{Half}";

                void M(Text text, LinkAttachment link)
                {
                    text.Content = {|WCG107:Half + Half|};
                    text.Content = {|WCG107:Interpolated|};
                    text.Content = {|WCG107:"""
                        {{new string('中', 1400)}}
                        """|};
                    link.Title = {|WCG107:Half|};
                }
            }
            """");

    [Fact]
    public Task A_text_that_is_not_constant_is_left_to_the_runtime_validator() =>
        Verify.Welcome(Usings + """
            class C
            {
                void M(Text text, string input) => text.Content = input + input;
            }
            """);

    [Fact]
    public Task Factory_arguments_are_checked_by_the_property_they_set() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                Attachment M() => Attachment.CreateLink({|WCG107:"{{new string('中', 43)}}"|}, "https://example.com", description: {|WCG107:"{{new string('文', 171)}}"|});
                Attachment N() => Attachment.CreateMiniProgram({|WCG107:"{{new string('中', 22)}}"|}, "PIC", "wx0123456789abcdef", "pages/index");
            }
            """);

    [Fact]
    public Task Another_contracts_limits_apply_to_its_own_members() =>
        Verify.Shipping("""
            using Acme.Shipping;
            class C
            {
                void M(Shipment shipment)
                {
                    shipment.Note = {|#0:"abcdefg"|};
                    shipment.Note = {|#1:"x"|};
                    shipment.Note = {|#2:"中中中中中"|};
                    shipment.Note = "中中中中";
                    shipment.Sku = {|#3:"abc-1234"|};
                    shipment.Sku = "ABC-1234";
                    shipment.LegacyCode = "a pattern that does not compile is never applied";
                    var copy = new Shipment { PickupToken = shipment.PickupToken, Note = "ok" } with { Note = {|#4:"toolong"|} };
                }
            }
            """,
            Verify.Diagnostic("WCG108").WithLocation(0).WithMessage("note has 7 characters; the contract allows at most 6"),
            Verify.Diagnostic("WCG109").WithLocation(1).WithMessage("note has 1 characters; the contract requires at least 2"),
            Verify.Diagnostic("WCG107").WithLocation(2).WithMessage("note is 15 UTF-8 bytes (5 characters); the contract allows at most 12 bytes"),
            Verify.Diagnostic("WCG115").WithLocation(3).WithMessage("sku does not match the contract pattern ^[A-Z]{3}-[0-9]{4}$"),
            Verify.Diagnostic("WCG108").WithLocation(4));
}
