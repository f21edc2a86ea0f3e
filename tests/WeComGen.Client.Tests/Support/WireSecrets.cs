using System.Collections.Concurrent;
using System.Web;

namespace WeComGen.Client.Tests.Support;

/// <summary>Records every secret that crosses the wire in a query string (access tokens, corp secrets), to look for it elsewhere.</summary>
public sealed class WireSecrets : DelegatingHandler
{
    private static readonly string[] SecretParameters = ["access_token", "corpsecret"];

    private readonly ConcurrentDictionary<string, byte> _seen = new();

    public WireSecrets()
        : base(new SocketsHttpHandler())
    {
    }

    public IReadOnlyCollection<string> Seen => [.. _seen.Keys];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var query = HttpUtility.ParseQueryString(request.RequestUri!.Query);
        foreach (var name in SecretParameters)
        {
            if (query[name] is { Length: > 0 } value)
            {
                _seen.TryAdd(value, 0);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
