using System;
using System.IO;
using System.Linq;
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
    /// Uploads through <paramref name="client"/> with the generated endpoints:
    /// <c>client => WelcomeMediaUploads.Create(client, MediaEndpoints.UploadImage, MediaEndpoints.UploadMedia)</c>.
    /// Everything else is read from their metadata: each endpoint's file part builds the request of one file
    /// (<c>NewRequest</c>; <paramref name="uploadMedia"/>'s chooses the variant by its wire value: image, video, file),
    /// and the response's <c>x-wecom-valid-for</c> member is the value an upload gives, permanent for
    /// <paramref name="uploadImage"/> and with a lifetime for <paramref name="uploadMedia"/>. Endpoints that do not say
    /// all of this are an <see cref="ArgumentException"/> naming what is missing.
    /// </summary>
    public static IWelcomeMediaUploads Create<TImageRequest, TImageResponse, TMediaRequest, TMediaResponse>(
        WeComClient client,
        EndpointDescriptor<TImageRequest, TImageResponse> uploadImage,
        EndpointDescriptor<TMediaRequest, TMediaResponse> uploadMedia)
        where TImageRequest : class
        where TImageResponse : class
        where TMediaRequest : class
        where TMediaResponse : class
    {
        var image = new UploadRoute<TImageRequest, TImageResponse>(
            client ?? throw new ArgumentNullException(nameof(client)),
            uploadImage ?? throw new ArgumentNullException(nameof(uploadImage)),
            permanent: true);
        var media = new UploadRoute<TMediaRequest, TMediaResponse>(client, uploadMedia ?? throw new ArgumentNullException(nameof(uploadMedia)), permanent: false);
        foreach (var kind in WelcomeAssetKinds.All.Where(kind => !kind.IsPermanent()))
        {
            media.Require(kind.MediaType());
        }

        return new Uploads(image, media);
    }

    private sealed class Uploads(IUploadRoute image, IUploadRoute media) : IWelcomeMediaUploads
    {
        public TimeSpan? ValidFor(WelcomeAssetKind kind) => Route(kind).ValidFor;

        public Task<WelcomeUpload> UploadAsync(WelcomeAssetKind kind, WeComFile file, CancellationToken cancellationToken) =>
            Route(kind).UploadAsync(file, kind.MediaType(), cancellationToken);

        private IUploadRoute Route(WelcomeAssetKind kind) => kind.IsPermanent() ? image : media;
    }

    private interface IUploadRoute
    {
        TimeSpan? ValidFor { get; }

        Task<WelcomeUpload> UploadAsync(WeComFile file, string? variant, CancellationToken cancellationToken);
    }

    /// <summary>One upload endpoint: the request of one file, and the value its answer carries with that value's lifetime.</summary>
    private sealed class UploadRoute<TRequest, TResponse> : IUploadRoute
        where TRequest : class
        where TResponse : class
    {
        private readonly WeComClient _client;
        private readonly EndpointDescriptor<TRequest, TResponse> _endpoint;
        private readonly Func<WeComFile, string?, TRequest?> _newRequest;
        private readonly ResponseLifetime<TResponse> _value;

        public UploadRoute(WeComClient client, EndpointDescriptor<TRequest, TResponse> endpoint, bool permanent)
        {
            _client = client;
            _endpoint = endpoint;
            _newRequest = endpoint.FileParts.Count == 1 && endpoint.FileParts[0].NewRequest is { } newRequest
                ? newRequest
                : throw Unusable("its request must be one file part and, at most, the member that chooses the part's variant");
            _value = endpoint.Lifetimes.Count == 1 && endpoint.Lifetimes[0].ValidFor is null == permanent
                ? endpoint.Lifetimes[0]
                : throw Unusable($"its response must have one member with x-wecom-valid-for, {(permanent ? "permanent" : "with a duration")}");
        }

        public TimeSpan? ValidFor => _value.ValidFor;

        /// <summary>A variant an asset kind needs must be one the endpoint's file part knows.</summary>
        public void Require(string? variant)
        {
            if (_newRequest(WeComFile.FromStream(Stream.Null, "probe"), variant) is null)
            {
                throw Unusable($"its file part has no variant '{variant}'");
            }
        }

        public async Task<WelcomeUpload> UploadAsync(WeComFile file, string? variant, CancellationToken cancellationToken)
        {
            var outcome = await _client.SendAsync(_endpoint, _newRequest(file, variant)!, cancellationToken).ConfigureAwait(false);
            if (outcome.Response is not { } response)
            {
                return WelcomeUpload.Failed(outcome.Failure ?? Incomplete());
            }

            return _value.GetValue(response) is { Length: > 0 } value
                ? WelcomeUpload.Succeeded(value, _value.GetValidFrom?.Invoke(response))
                : WelcomeUpload.Failed(Incomplete());
        }

        private WeComFailure Incomplete() =>
            new WeComFailure.TransportFailure($"{_endpoint.Name}: the answer has no {_value.Member}", TransportProblem.MalformedResponse, null);

        private ArgumentException Unusable(string reason) =>
            new($"{_endpoint.Name} cannot upload welcome assets: {reason}.");
    }
}
