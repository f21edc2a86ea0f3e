using WeComGen.Analyzers.Tests.Infrastructure;

namespace WeComGen.Analyzers.Tests.Rules;

/// <summary>WCG113/WCG114: event-issued credentials are never constants; constants should look like the hint says.</summary>
public sealed class HintTests
{
    private const string Usings = "using WeComGen.ExternalContact;\nusing WeComGen.Credentials;\n";

    [Fact]
    public Task A_welcome_code_from_a_string_literal_is_a_warning() =>
        Verify.Welcome(Usings + """
            class C
            {
                const string Code = "CALLBACK_CODE";
                SendWelcomeMsgRequest A() => new() { WelcomeCode = {|#0:"CALLBACK_CODE"|}, Text = new() { Content = "hi" } };
                SendWelcomeMsgRequest B() => new() { WelcomeCode = {|#1:Code|}, Text = new() { Content = "hi" } };
                SendWelcomeMsgRequest D() => new() { WelcomeCode = {|#2:new EventCode("CALLBACK_CODE", null)|}, Text = new() { Content = "hi" } };
            }
            """,
            Warning("WCG113", 0).WithMessage("welcome_code is issued with each event and valid for 20 seconds; a constant value is always wrong"),
            Warning("WCG113", 1),
            Warning("WCG113", 2));

    [Fact]
    public Task A_welcome_code_from_the_event_is_fine() =>
        Verify.Welcome(Usings + """
            class C
            {
                SendWelcomeMsgRequest A(string fromEvent) => new() { WelcomeCode = fromEvent, Text = new() { Content = "hi" } };
                SendWelcomeMsgRequest B(string fromEvent, System.TimeProvider clock) =>
                    new() { WelcomeCode = EventCode.Received(fromEvent, clock), Text = new() { Content = "hi" } };
            }
            """);

    [Fact]
    public Task A_pic_url_off_the_upload_host_gets_the_hints_message() =>
        Verify.Welcome(Usings + """
            class C
            {
                ImageAttachment A() => new() { PicUrl = {|#0:"https://example.com/a.png"|} };
                ImageAttachment B() => new() { PicUrl = "https://wework.qpic.cn/wwpic/a.png" };
                Attachment D() => Attachment.CreateImage(picUrl: {|#1:"https://example.com/a.png"|});
                Attachment E() => Attachment.CreateMiniProgram("title", "PIC", {|#2:"wx123"|}, "pages/index");
            }
            """,
            Warning("WCG114", 0).WithMessage(
                "pic_url looks wrong: pic_url must be a URL returned by the upload-image API (media/uploadimg), on a qpic.cn host"),
            Warning("WCG114", 1),
            Warning("WCG114", 2).WithMessage(
                "appid looks wrong: appid must look like a mini-program appid: \"wx\" followed by 16 letters or digits"));

    [Fact]
    public Task Another_contracts_credential_and_hint_use_their_own_metadata() =>
        Verify.Shipping("""
            using Acme.Shipping;
            class C
            {
                Shipment M() => new() { PickupToken = {|#0:"TOKEN"|}, Note = "ok" };
                Parcel N() => Parcel.CreateCrate(label: {|#1:"ABC"|});
            }
            """,
            Warning("WCG113", 0).WithMessage("pickup_token is issued with each event and valid for 45 seconds; a constant value is always wrong"),
            Warning("WCG114", 1).WithMessage("label looks wrong: label must be lower-case letters"));

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Warning(string id, int location) =>
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(location);
}
