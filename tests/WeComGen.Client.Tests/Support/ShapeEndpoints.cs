using System.Text.Json.Serialization;
using WeComGen.Endpoints;
using WeComGen.ExternalContact;
using WeComGen.Uploads;
using WeComGen.Validation;

namespace WeComGen.Client.Tests.Support;

/// <summary><c>media/upload</c> as the generator describes it: the type in the query, the file in the part <c>media</c>.</summary>
public sealed class MediaUploadRequest
{
    [JsonIgnore]
    public string? Type { get; set; }

    [JsonIgnore]
    public WeComFile? Media { get; set; }
}

/// <summary><c>externalcontact/get</c>: a GET whose members all travel in the query.</summary>
public sealed class GetCustomerRequest
{
    [JsonIgnore]
    public string? ExternalUserId { get; set; }

    [JsonIgnore]
    public string? Cursor { get; set; }
}

/// <summary>A JSON body beside a query member.</summary>
public sealed class TaggedRequest
{
    [JsonIgnore]
    public string? Tag { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }
}

public sealed class ShapeResponse
{
    [JsonPropertyName("errcode")]
    public int ErrCode { get; set; }

    [JsonPropertyName("errmsg")]
    public string? ErrMsg { get; set; }
}

[JsonSerializable(typeof(MediaUploadRequest))]
[JsonSerializable(typeof(GetCustomerRequest))]
[JsonSerializable(typeof(TaggedRequest))]
[JsonSerializable(typeof(ShapeResponse))]
public sealed partial class ShapeJsonContext : JsonSerializerContext;

/// <summary>Hand-written descriptors of the endpoint shapes, with the limits of WeCom's upload page.</summary>
public static class ShapeEndpoints
{
    public const long MiB = 1024 * 1024;

    public static readonly FileRule Image = new(6, 10 * MiB, ["image/png", "image/jpeg"], "type image");
    public static readonly FileRule Voice = new(6, 2 * MiB, ["audio/amr"], "type voice");
    public static readonly FileRule Video = new(6, 10 * MiB, ["video/mp4"], "type video");
    public static readonly FileRule File = new(6, 20 * MiB, [], "type file");

    public static readonly EndpointDescriptor<MediaUploadRequest, ShapeResponse> MediaUpload = new()
    {
        Name = "UploadMedia",
        Method = "POST",
        Path = "/cgi-bin/media/upload",
        AccessTokenQueryParameter = "access_token",
        Body = RequestBody.Multipart,
        GetQuery = request => [new("type", request.Type)],
        FileParts =
        [
            new FilePart<MediaUploadRequest>
            {
                Name = "media",
                Member = "media",
                GetFile = request => request.Media,
                GetRule = request => request.Type switch { "image" => Image, "voice" => Voice, "video" => Video, "file" => File, _ => null },
            },
        ],
        RequestTypeInfo = ShapeJsonContext.Default.MediaUploadRequest,
        ResponseTypeInfo = ShapeJsonContext.Default.ShapeResponse,
        Validate = (request, _) => Required(("type", request.Type is not null), ("media", request.Media is not null)),
        GetErrorCode = response => response.ErrCode,
        GetErrorMessage = response => response.ErrMsg,
        Errors = WeComErrorCodeTable.Instance,
    };

    public static readonly EndpointDescriptor<GetCustomerRequest, ShapeResponse> GetCustomer = new()
    {
        Name = "GetCustomer",
        Method = "GET",
        Path = "/cgi-bin/externalcontact/get",
        AccessTokenQueryParameter = "access_token",
        Body = RequestBody.None,
        GetQuery = request => [new("external_userid", request.ExternalUserId), new("cursor", request.Cursor)],
        RequestTypeInfo = ShapeJsonContext.Default.GetCustomerRequest,
        ResponseTypeInfo = ShapeJsonContext.Default.ShapeResponse,
        Validate = (request, _) => Required(("external_userid", request.ExternalUserId is not null)),
        GetErrorCode = response => response.ErrCode,
        GetErrorMessage = response => response.ErrMsg,
        Errors = WeComErrorCodeTable.Instance,
    };

    public static readonly EndpointDescriptor<TaggedRequest, ShapeResponse> Tagged = new()
    {
        Name = "Tagged",
        Method = "POST",
        Path = "/cgi-bin/tagged",
        AccessTokenQueryParameter = "access_token",
        GetQuery = request => [new("tag", request.Tag)],
        RequestTypeInfo = ShapeJsonContext.Default.TaggedRequest,
        ResponseTypeInfo = ShapeJsonContext.Default.ShapeResponse,
        Validate = (_, _) => ValidationResult.Valid,
        GetErrorCode = response => response.ErrCode,
        GetErrorMessage = response => response.ErrMsg,
        Errors = WeComErrorCodeTable.Instance,
    };

    private static ValidationResult Required(params (string Member, bool IsSet)[] members)
    {
        var collector = new ViolationCollector();
        foreach (var (member, isSet) in members)
        {
            collector.Required(member, isSet);
        }

        return collector.ToResult();
    }
}
