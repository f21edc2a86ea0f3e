using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WeComGen.Emulator.Faults;
using WeComGen.Emulator.Http;
using WeComGen.Emulator.Neighbours;

namespace WeComGen.Emulator.Media;

/// <summary>
/// <c>media/upload</c> and <c>media/uploadimg</c> as their pages describe them, and the bytes of what they took,
/// served back on loopback for the inbox page.
/// </summary>
internal sealed class MediaRoutes(ApiGate gate, EmulatorMedia media)
{
    public const string ServePath = "/emulator/media/{key}";

    public void Map(WebApplication app)
    {
        app.MapPost(NeighbourContract.MediaUpload.Path, UploadAsync);
        app.MapPost(NeighbourContract.ImageUpload.Path, UploadImageAsync);
        app.MapGet(ServePath, ServeAsync);
    }

    /// <summary><c>POST media/upload?access_token=…&amp;type=…</c>, the file in the part named <c>media</c>.</summary>
    private async Task UploadAsync(HttpContext context)
    {
        if (await gate.AdmitAsync(context, EmulatedEndpoint.MediaUpload, Refuse) is null)
        {
            return;
        }

        if (!MediaTypes.TryParseWireValue(context.Request.Query["type"], out var type))
        {
            await Refuse(context, NeighbourContract.MediaUpload.InvalidType);
            return;
        }

        var reading = await MultipartFile.ReadAsync(context, NeighbourContract.MediaUpload.PartName, NeighbourContract.MediaUpload.Limits[type].MaxBytes, anyFilePart: false);
        if (Unread(reading) is { } unread)
        {
            await Refuse(context, unread);
            return;
        }

        var outcome = media.Upload(reading.Part!.Bytes, reading.Part.FileName, reading.Part.ContentType, type);
        if (outcome.Media is not { } uploaded)
        {
            await Refuse(context, outcome.Error!);
            return;
        }

        // The page's example answers errmsg "" and created_at as a string of Unix seconds.
        await Answers.Write(context, 0, "", json =>
        {
            json.WriteString("type", uploaded.Type.ToWireValue());
            json.WriteString("media_id", uploaded.MediaId);
            json.WriteString("created_at", uploaded.CreatedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        });
    }

    /// <summary><c>POST media/uploadimg?access_token=…</c>, the image in any one file part (<c>media</c> preferred).</summary>
    private async Task UploadImageAsync(HttpContext context)
    {
        if (await gate.AdmitAsync(context, EmulatedEndpoint.MediaUploadImg, Refuse) is null)
        {
            return;
        }

        var reading = await MultipartFile.ReadAsync(context, NeighbourContract.MediaUpload.PartName, NeighbourContract.ImageUpload.Limit.MaxBytes, anyFilePart: true);
        if (Unread(reading) is { } unread)
        {
            await Refuse(context, unread);
            return;
        }

        var outcome = media.UploadImage(reading.Part!.Bytes, reading.Part.FileName, reading.Part.ContentType);
        if (outcome.Media is not { } uploaded)
        {
            await Refuse(context, outcome.Error!);
            return;
        }

        await Answers.Write(context, 0, "", json => json.WriteString("url", uploaded.Url!.AbsoluteUri));
    }

    /// <summary>The bytes of an upload; images as images, anything else as a download, never sniffed.</summary>
    private async Task ServeAsync(HttpContext context, string key)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (media.FindByKey(key) is not { Bytes: { } bytes } uploaded)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = uploaded.Format.ContentType();
        if (!uploaded.Format.IsImage())
        {
            context.Response.Headers.ContentDisposition = "attachment";
        }

        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static NeighbourError? Unread(FileReading reading) =>
        reading.IsTooLarge ? NeighbourContract.MediaUpload.TooLarge
        : reading.Part is null ? NeighbourContract.MediaUpload.Empty
        : null;

    private static Task Refuse(HttpContext context, NeighbourError error) => Refuse(context, error.Code, error.ErrMsg);

    private static Task Refuse(HttpContext context, int code, string errmsg) => Answers.Write(context, code, errmsg, null);
}
