using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace WeComGen.Assets.Tests.Support;

/// <summary>
/// send_welcome_msg as WeCom answers it for media: 40007 while the body carries a media_id in <see cref="Refused"/>,
/// else ok. Every body is kept; <see cref="OnSend"/> runs as each request arrives (to move a fake clock, say).
/// </summary>
internal sealed class ScriptedSends : HttpMessageHandler
{
    public ConcurrentDictionary<string, bool> Refused { get; } = new();

    public ConcurrentQueue<string> Bodies { get; } = new();

    public Action OnSend { get; set; } = () => { };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        Bodies.Enqueue(body);
        OnSend();
        var json = Refused.Keys.Any(id => body.Contains($"\"{id}\"", StringComparison.Ordinal))
            ? """{"errcode":40007,"errmsg":"invalid media_id"}"""
            : """{"errcode":0,"errmsg":"ok"}""";
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}
