using WeComGen.Analyzers.Tests.Infrastructure;

namespace WeComGen.Analyzers.Tests.Rules;

/// <summary>WCG101/WCG102: a collection whose size the code shows must fit [ContractMaxItems]/[ContractMinItems].</summary>
public sealed class ItemCountTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using WeComGen.ExternalContact;

        """;

    private const string Item = "Attachment.CreateImage(\"MEDIA\")";

    private static string Items(int count) => string.Join(", ", Enumerable.Repeat(Item, count));

    [Fact]
    public Task Ten_attachments_in_a_collection_expression_are_too_many() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                SendWelcomeMsgRequest M(string code) => new() { WelcomeCode = code, Attachments = {|#0:[{{Items(10)}}]|} };
            }
            """,
            Verify.Diagnostic("WCG101").WithLocation(0).WithMessage("attachments has 10 items; the contract allows at most 9"));

    [Fact]
    public Task Nine_attachments_are_allowed() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                SendWelcomeMsgRequest M(string code) => new() { WelcomeCode = code, Attachments = [{{Items(9)}}] };
            }
            """);

    [Fact]
    public Task Spreads_of_known_size_count() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                SendWelcomeMsgRequest M(string code)
                {
                    Attachment[] four = [{{Items(4)}}];
                    return new SendWelcomeMsgRequest
                    {
                        WelcomeCode = code,
                        Attachments = {|WCG101:[.. new[] { {{Items(3)}} }, .. four, .. new List<Attachment> { {{Items(2)}} }, {{Item}}]|},
                    };
                }
            }
            """);

    [Fact]
    public Task A_spread_of_unknown_size_is_not_reported() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                SendWelcomeMsgRequest M(string code, List<Attachment> more) =>
                    new() { WelcomeCode = code, Attachments = [{{Items(9)}}, .. more] };
            }
            """);

    [Fact]
    public Task A_collection_initializer_is_counted() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                SendWelcomeMsgRequest M(string code) =>
                    new() { WelcomeCode = code, Attachments = {|WCG101:new List<Attachment>(16) { {{Items(10)}} }|} };
            }
            """);

    [Fact]
    public Task Straight_line_adds_to_a_local_list_are_counted() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                SendWelcomeMsgRequest M(string code)
                {
                    var list = new List<Attachment> { {{Items(8)}} };
                    list.Add({{Item}});
                    System.Console.WriteLine("building");
                    list.Add({{Item}});
                    return new() { WelcomeCode = code, Attachments = {|WCG101:list|} };
                }
            }
            """);

    [Fact]
    public Task Adds_after_a_branch_are_not_counted() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                SendWelcomeMsgRequest M(string code, bool more)
                {
                    var list = new List<Attachment> { {{Items(8)}} };
                    if (more) { list.Add({{Item}}); }
                    list.Add({{Item}});
                    list.Add({{Item}});
                    return new() { WelcomeCode = code, Attachments = list };
                }
            }
            """);

    [Fact]
    public Task A_branch_that_never_names_the_list_cannot_change_its_size() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                SendWelcomeMsgRequest M(string code, bool verbose)
                {
                    var list = new List<Attachment> { {{Items(9)}} };
                    if (verbose) { System.Console.WriteLine("adding one more"); }
                    list.Add({{Item}});
                    return new() { WelcomeCode = code, Attachments = {|WCG101:list|} };
                }
            }
            """);

    [Fact]
    public Task A_goto_that_may_repeat_an_add_hides_the_size() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                SendWelcomeMsgRequest M(string code, int times)
                {
                    var list = new List<Attachment>();
                    again:
                    list.Add({{Item}});
                    if (--times > 0) goto again;
                    return new() { WelcomeCode = code, Attachments = list };
                }
            }
            """);

    [Fact]
    public Task Adds_inside_a_loop_are_not_counted() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                SendWelcomeMsgRequest M(string code)
                {
                    var list = new List<Attachment>();
                    for (var i = 0; i < 20; i++) { list.Add({{Item}}); }
                    return new() { WelcomeCode = code, Attachments = list };
                }
            }
            """);

    [Fact]
    public Task The_add_that_goes_past_the_limit_on_the_request_is_reported() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                SendWelcomeMsgRequest M(string code)
                {
                    var request = new SendWelcomeMsgRequest { WelcomeCode = code, Attachments = [{{Items(8)}}] };
                    request.Attachments.Add({{Item}});
                    {|WCG101:request.Attachments.Add({{Item}})|};
                    request.Attachments.Add({{Item}});
                    return request;
                }
            }
            """);

    [Fact]
    public Task A_property_assignment_is_counted() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                void M(SendWelcomeMsgRequest request) => request.Attachments = {|WCG101:[{{Items(10)}}]|};
            }
            """);

    [Fact]
    public Task A_list_copied_from_a_collection_is_not_guessed() =>
        Verify.Welcome(Usings + $$"""
            class C
            {
                void M(SendWelcomeMsgRequest request) => request.Attachments = new List<Attachment>(new[] { {{Items(10)}} });
            }
            """);

    [Fact]
    public Task Too_few_items_for_a_minimum() =>
        Verify.Shipping("""
            using Acme.Shipping;
            class C
            {
                Shipment M(string token) => new() { PickupToken = token, Note = "ok", Parcels = {|#0:[]|} };
            }
            """,
            Verify.Diagnostic("WCG102").WithLocation(0).WithMessage("parcels has 0 items; the contract requires at least 1"));
}
