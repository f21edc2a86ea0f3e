using System.Net;
using System.Text;
using WeComGen.Client;
using WeComGen.ExternalContact;
using WeComGen.Tokens;

namespace WeComGen.Generator.Tests.Shapes;

/// <summary>
/// <c>GetExternalContactPagesAsync</c> follows <c>next_cursor</c> from page to page over GET requests, never changing
/// the caller's request, and stops at the last page or the first failure.
/// </summary>
public class PagesTests
{
    [Fact]
    public async Task Pages_follow_next_cursor_until_it_is_empty()
    {
        var wire = new PagedServer(("", "c1"), ("c1", "c2"), ("c2", ""));
        var request = new GetExternalContactRequest { ExternalUserId = "woCustomer" };

        var pages = await Collect(Client(wire).GetExternalContactPagesAsync(request));

        Assert.Equal(3, pages.Count);
        Assert.All(pages, page => Assert.True(page.IsSuccess));
        Assert.Equal(["external_userid=woCustomer", "external_userid=woCustomer&cursor=c1", "external_userid=woCustomer&cursor=c2"], wire.Queries);
        Assert.Null(request.Cursor);
    }

    [Fact]
    public async Task An_absent_next_cursor_ends_the_pages()
    {
        var wire = new PagedServer(("", null));

        var pages = await Collect(Client(wire).GetExternalContactPagesAsync(new GetExternalContactRequest { ExternalUserId = "woCustomer" }));

        Assert.Single(pages);
    }

    [Fact]
    public async Task A_failed_page_is_the_last_outcome()
    {
        var wire = new PagedServer(("", "c1"), ("c1", "c2")) { FailOnCursor = "c1" };

        var pages = await Collect(Client(wire).GetExternalContactPagesAsync(new GetExternalContactRequest { ExternalUserId = "woCustomer" }));

        Assert.Equal(2, pages.Count);
        Assert.False(pages[1].IsSuccess);
        Assert.Equal(2, wire.Queries.Count);
    }

    [Fact]
    public async Task A_cursor_that_comes_back_unchanged_ends_the_pages()
    {
        var wire = new PagedServer(("", "c1"), ("c1", "c1"));

        var pages = await Collect(Client(wire).GetExternalContactPagesAsync(new GetExternalContactRequest { ExternalUserId = "woCustomer" }));

        Assert.Equal(2, pages.Count);
    }

    [Fact]
    public void A_null_request_is_refused_when_called_not_when_enumerated()
    {
        var client = Client(new PagedServer());

        Assert.Throws<ArgumentNullException>(() => client.GetExternalContactPagesAsync(null!));
    }

    private static WeComClient Client(PagedServer wire) =>
        new(new HttpClient(wire), new FixedToken(), new WeComClientOptions { CorpId = "corp", Secret = "secret" });

    private static async Task<List<WeComOutcome<GetExternalContactResponse>>> Collect(IAsyncEnumerable<WeComOutcome<GetExternalContactResponse>> pages)
    {
        var list = new List<WeComOutcome<GetExternalContactResponse>>();
        await foreach (var page in pages)
        {
            list.Add(page);
        }

        return list;
    }

    private sealed class FixedToken : IAccessTokenSource
    {
        public ValueTask<AccessTokenResult> GetAsync(CancellationToken cancellationToken) =>
            new(AccessTokenResult.Issued(new AccessToken("TOKEN", DateTimeOffset.UtcNow.AddHours(2))));

        public void Invalidate(AccessToken rejected)
        {
        }
    }

    /// <summary>Answers each cursor with its page (the next cursor; null leaves it out), and records each query without the token.</summary>
    private sealed class PagedServer(params (string Cursor, string? Next)[] pages) : HttpMessageHandler
    {
        public List<string> Queries { get; } = [];

        public string? FailOnCursor { get; init; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.Equal(HttpMethod.Get, request.Method);
            Assert.Null(request.Content);
            var query = request.RequestUri!.Query.TrimStart('?').Split('&').Where(p => !p.StartsWith("access_token=", StringComparison.Ordinal)).ToArray();
            Queries.Add(string.Join("&", query));
            var cursor = query.FirstOrDefault(p => p.StartsWith("cursor=", StringComparison.Ordinal))?.Substring("cursor=".Length) ?? string.Empty;
            var body = cursor == FailOnCursor
                ? """{"errcode":50100,"errmsg":"invalid cursor"}"""
                : "{\"errcode\":0,\"errmsg\":\"ok\",\"follow_user\":[]" + (pages.Single(p => p.Cursor == cursor).Next is { } next ? ",\"next_cursor\":\"" + next + "\"" : string.Empty) + "}";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
