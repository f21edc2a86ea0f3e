using WeComGen.Analyzers.Tests.Contracts;
using WeComGen.Analyzers.Tests.Infrastructure;

namespace WeComGen.Analyzers.Tests.Rules;

/// <summary>
/// Query members and file parts carry the same metadata as body members, so the same rules check them: a required
/// one not set, a constant that breaks a query member's length or pattern.
/// </summary>
public sealed class QueryMemberTests
{
    [Fact]
    public Task A_required_query_member_not_set_is_reported() =>
        Verify.Analyze("""
            using Acme.Warehouse;
            class C
            {
                FindParcelsRequest M() => {|#0:new FindParcelsRequest()|} { PageToken = "t" };
            }
            """,
            [QueryContract.Source],
            Verify.Diagnostic("WCG110").WithLocation(0).WithMessage("owner is required by the contract but is not set"));

    [Fact]
    public Task A_required_file_part_not_set_is_reported() =>
        Verify.Analyze("""
            using Acme.Warehouse;
            class C
            {
                UploadLabelRequest M() => {|#0:new UploadLabelRequest()|} { Format = LabelFormat.Png };
            }
            """,
            [QueryContract.Source],
            Verify.Diagnostic("WCG110").WithLocation(0).WithMessage("label is required by the contract but is not set"));

    [Fact]
    public Task A_constant_that_breaks_a_query_members_length_or_pattern_is_reported() =>
        Verify.Analyze("""
            using Acme.Warehouse;
            class C
            {
                FindParcelsRequest M() => new() { Owner = {|#0:"a"|} };
                FindParcelsRequest N() => new() { Owner = {|#1:"Acme"|} };
                FindParcelsRequest O() => new() { Owner = {|#2:"warehouses"|} };
            }
            """,
            [QueryContract.Source],
            Verify.Diagnostic("WCG109").WithLocation(0).WithMessage("owner has 1 characters; the contract requires at least 2"),
            Verify.Diagnostic("WCG115").WithLocation(1).WithMessage("owner does not match the contract pattern ^[a-z]+$"),
            Verify.Diagnostic("WCG108").WithLocation(2).WithMessage("owner has 10 characters; the contract allows at most 8"));

    [Fact]
    public Task Query_members_that_keep_the_contract_are_fine() =>
        Verify.Analyze("""
            using Acme.Warehouse;
            class C
            {
                FindParcelsRequest M(string token) => new() { Owner = "acme", PageToken = token };
                UploadLabelRequest N(WeComGen.Uploads.WeComFile file) => new() { Format = LabelFormat.Pdf, Label = file };
            }
            """,
            [QueryContract.Source]);
}
