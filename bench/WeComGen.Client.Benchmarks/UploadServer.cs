using System.Net;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WeComGen.Endpoints;
using WeComGen.Tokens;
using WeComGen.Uploads;
using WeComGen.Validation;

namespace WeComGen.Client.Benchmarks;

/// <summary>A loopback Kestrel server that takes <c>media/upload</c> bodies, reads them to the end and answers errcode 0.</summary>
internal sealed class UploadServer : IAsyncDisposable
{
    public const string Path = "/cgi-bin/media/upload";

    private readonly WebApplication _app;

    private UploadServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<UploadServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
        });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost(Path, async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            return Results.Text("""{"errcode":0,"errmsg":"ok"}""", "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new UploadServer(app, new Uri(address));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

public sealed class UploadRequest
{
    [JsonIgnore]
    public string? Type { get; set; }

    [JsonIgnore]
    public WeComFile? Media { get; set; }
}

public sealed class UploadResponse
{
    [JsonPropertyName("errcode")]
    public int ErrCode { get; set; }

    [JsonPropertyName("errmsg")]
    public string? ErrMsg { get; set; }
}

[JsonSerializable(typeof(UploadRequest))]
[JsonSerializable(typeof(UploadResponse))]
internal sealed partial class UploadJsonContext : JsonSerializerContext;

/// <summary><c>media/upload</c> as the generator describes it, with the page's 20 MB rule for <c>type file</c>.</summary>
internal static class UploadEndpoint
{
    public static readonly EndpointDescriptor<UploadRequest, UploadResponse> MediaUpload = new()
    {
        Name = "UploadMedia",
        Method = "POST",
        Path = UploadServer.Path,
        AccessTokenQueryParameter = "access_token",
        Body = RequestBody.Multipart,
        GetQuery = request => [new("type", request.Type)],
        FileParts =
        [
            new FilePart<UploadRequest>
            {
                Name = "media",
                Member = "media",
                GetFile = request => request.Media,
                GetRule = _ => new FileRule(6, 20 * 1024 * 1024, [], "type file"),
            },
        ],
        RequestTypeInfo = UploadJsonContext.Default.UploadRequest,
        ResponseTypeInfo = UploadJsonContext.Default.UploadResponse,
        Validate = (_, _) => ValidationResult.Valid,
        GetErrorCode = response => response.ErrCode,
        GetErrorMessage = response => response.ErrMsg,
        Errors = new ErrorTable([]),
    };
}

/// <summary>One token forever: the benchmark measures the upload, not <c>gettoken</c>.</summary>
internal sealed class FixedToken : IAccessTokenSource
{
    private static readonly AccessTokenResult Token = AccessTokenResult.Issued(new AccessToken("bench-token", DateTimeOffset.MaxValue));

    public ValueTask<AccessTokenResult> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Token);

    public void Invalidate(AccessToken rejected)
    {
    }
}
