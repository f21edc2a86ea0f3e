using System.Net;
using System.Text;
using System.Web;

namespace WeComGen.Callbacks.Tests.Hosting;

/// <summary>
/// WeCom's <c>gettoken</c> as an HTTP handler: answers with <see cref="Answer"/> and records the corp and secret of
/// each call, so a test sees which app asked.
/// </summary>
internal sealed class FakeWeCom : HttpMessageHandler
{
    private readonly List<(string CorpId, string Secret)> _calls = [];

    /// <summary>The JSON <c>gettoken</c> answers with; a token valid 2 hours by default.</summary>
    public string Answer { get; set; } = """{"errcode":0,"errmsg":"ok","access_token":"token-of-the-test","expires_in":7200}""";

    /// <summary>Whether the network is down: every call fails to connect.</summary>
    public bool Unreachable { get; set; }

    public IReadOnlyList<(string CorpId, string Secret)> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var query = HttpUtility.ParseQueryString(request.RequestUri!.Query);
        lock (_calls)
        {
            _calls.Add((query["corpid"] ?? "", query["corpsecret"] ?? ""));
        }

        if (Unreachable)
        {
            throw new HttpRequestException("connection refused");
        }

        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Answer, Encoding.UTF8, "application/json") });
    }
}
