using WeComGen.Analyzers.Tests.Infrastructure;

namespace WeComGen.Analyzers.Tests.Rules;

/// <summary>WCG110: a [ContractRequired] member is set; C# <c>required</c> members are left to the compiler (CS9035).</summary>
public sealed class RequiredTests
{
    [Fact]
    public Task A_missing_required_member_is_reported_at_the_new_expression() =>
        Verify.Shipping("""
            using Acme.Shipping;
            class C
            {
                Shipment M() => {|#0:new Shipment()|} { Note = "hello" };
                Shipment N() => {|#1:new()|} { Note = "hello", PickupToken = null };
            }
            """,
            Verify.Diagnostic("WCG110").WithLocation(0).WithMessage("pickup_token is required by the contract but is not set"),
            Verify.Diagnostic("WCG110").WithLocation(1));

    [Fact]
    public Task A_required_member_set_in_the_initializer_or_later_on_the_local_is_fine() =>
        Verify.Shipping("""
            using Acme.Shipping;
            class C
            {
                Shipment M(string token) => new() { PickupToken = token, Note = "hello" };

                Shipment N(string token)
                {
                    var shipment = new Shipment { Note = "hello" };
                    shipment.PickupToken = token;
                    return shipment;
                }
            }
            """);

    [Fact]
    public Task An_object_stored_in_a_field_may_be_completed_elsewhere() =>
        Verify.Shipping("""
            using Acme.Shipping;
            class C
            {
                Shipment? _draft;
                void M() => _draft = new Shipment { Note = "hello" };
            }
            """);

    [Fact]
    public Task A_nested_value_type_member_is_checked() =>
        Verify.Shipping("""
            using Acme.Shipping;
            class C
            {
                Parcel M() => new() { Kind = "envelope", Envelope = {|WCG110:new()|} };
                Parcel N() => new() { Kind = "envelope", Envelope = new() { WeightGrams = 20 } };
            }
            """);

    [Fact]
    public Task A_csharp_required_member_is_reported_once_by_the_compiler_not_again_by_the_contract() =>
        Verify.Welcome("""
            using WeComGen.ExternalContact;
            class C
            {
                SendWelcomeMsgRequest M() => new SendWelcomeMsgRequest { Text = new() { Content = "hi" } };
            }
            """,
            Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS9035").WithSpan(4, 38, 4, 59)
                .WithArguments("WeComGen.ExternalContact.SendWelcomeMsgRequest.WelcomeCode"));
}
