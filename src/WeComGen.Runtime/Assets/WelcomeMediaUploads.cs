using System;
using System.Threading;
using System.Threading.Tasks;
using WeComGen.Client;
using WeComGen.Endpoints;
using WeComGen.Uploads;

namespace WeComGen.Assets;

/// <summary>Builds <see cref="IWelcomeMediaUploads"/> from the generated media endpoints.</summary>
public static class WelcomeMediaUploads
{
    /// <summary>
    /// Uploads through <paramref name="client"/> with the generated <c>MediaEndpoints.UploadImage</c> and
    /// <c>MediaEndpoints.UploadMedia</c>:
    /// <code>
    /// client => WelcomeMediaUploads.Create(client,
    ///     MediaEndpoints.UploadImage, file => new() { Media = file }, image => image.Url,
    ///     MediaEndpoints.UploadMedia, (type, file) => new() { Type = Enum.Parse&lt;MediaType&gt;(type, true), Media = file }, media => (media.MediaId, media.CreatedAt))
    /// </code>
    /// <paramref name="mediaRequest"/> gets the <c>type</c> as the wire carries it (image, video, file);
    /// <paramref name="mediaAnswer"/> reads the media_id and <c>created_at</c> (Unix seconds).
    /// </summary>
    public static IWelcomeMediaUploads Create<TImageRequest, TImageResponse, TMediaRequest, TMediaResponse>(
        WeComClient client,
        EndpointDescriptor<TImageRequest, TImageResponse> uploadImage,
        Func<WeComFile, TImageRequest> imageRequest,
        Func<TImageResponse, string?> imageUrl,
        EndpointDescriptor<TMediaRequest, TMediaResponse> uploadMedia,
        Func<string, WeComFile, TMediaRequest> mediaRequest,
        Func<TMediaResponse, (string? MediaId, long? CreatedAt)> mediaAnswer)
        where TImageRequest : class
        where TImageResponse : class
        where TMediaRequest : class
        where TMediaResponse : class =>
        new Uploads<TImageRequest, TImageResponse, TMediaRequest, TMediaResponse>(
            client ?? throw new ArgumentNullException(nameof(client)),
            uploadImage ?? throw new ArgumentNullException(nameof(uploadImage)),
            imageRequest ?? throw new ArgumentNullException(nameof(imageRequest)),
            imageUrl ?? throw new ArgumentNullException(nameof(imageUrl)),
            uploadMedia ?? throw new ArgumentNullException(nameof(uploadMedia)),
            mediaRequest ?? throw new ArgumentNullException(nameof(mediaRequest)),
            mediaAnswer ?? throw new ArgumentNullException(nameof(mediaAnswer)));

    private sealed class Uploads<TImageRequest, TImageResponse, TMediaRequest, TMediaResponse>(
        WeComClient client,
        EndpointDescriptor<TImageRequest, TImageResponse> uploadImage,
        Func<WeComFile, TImageRequest> imageRequest,
        Func<TImageResponse, string?> imageUrl,
        EndpointDescriptor<TMediaRequest, TMediaResponse> uploadMedia,
        Func<string, WeComFile, TMediaRequest> mediaRequest,
        Func<TMediaResponse, (string? MediaId, long? CreatedAt)> mediaAnswer) : IWelcomeMediaUploads
        where TImageRequest : class
        where TImageResponse : class
        where TMediaRequest : class
        where TMediaResponse : class
    {
        public async Task<WelcomeUpload> UploadAsync(WelcomeAssetKind kind, WeComFile file, CancellationToken cancellationToken)
        {
            if (kind.MediaType() is not { } type)
            {
                var image = await client.SendAsync(uploadImage, imageRequest(file), cancellationToken).ConfigureAwait(false);
                return image.Response is { } answer && imageUrl(answer) is { Length: > 0 } url
                    ? WelcomeUpload.Succeeded(url, null)
                    : WelcomeUpload.Failed(image.Failure ?? Incomplete(uploadImage.Name, "url"));
            }

            var media = await client.SendAsync(uploadMedia, mediaRequest(type, file), cancellationToken).ConfigureAwait(false);
            if (media.Response is not { } response)
            {
                return WelcomeUpload.Failed(media.Failure ?? Incomplete(uploadMedia.Name, "media_id"));
            }

            var (mediaId, createdAt) = mediaAnswer(response);
            return mediaId is { Length: > 0 }
                ? WelcomeUpload.Succeeded(mediaId, createdAt is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null)
                : WelcomeUpload.Failed(Incomplete(uploadMedia.Name, "media_id"));
        }

        private static WeComFailure Incomplete(string endpoint, string member) =>
            new WeComFailure.TransportFailure($"{endpoint}: the answer has no {member}", TransportProblem.MalformedResponse, null);
    }
}
