using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WeComGen.Emulator.Tests.Support;

/// <summary>A callback URL on loopback that records every request as it came and answers "success".</summary>
internal sealed class RecordingCallbackUrl : IAsyncDisposable
{
    public const string Path = "/callback";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private RecordingCallbackUrl(WebApplication app) => _app = app;

    public Uri Url => new(new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), Path);

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<RecordingCallbackUrl> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var url = new RecordingCallbackUrl(app);
        app.MapPost(Path, async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            url._requests.Enqueue(new RecordedRequest(context.Request.QueryString.Value ?? "", context.Request.ContentType, await reader.ReadToEndAsync()));
            return "success";
        });
        await app.StartAsync();
        return url;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A request the callback URL received.</summary>
internal sealed record RecordedRequest(string QueryString, string? ContentType, string Body)
{
    public string? Query(string name) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(QueryString).TryGetValue(name, out var value) ? value.ToString() : null;
}
