using System;
using System.Linq;
using WeComGen.Client;
using WeComGen.Endpoints;

namespace WeComGen.Assets;

/// <summary>
/// Whether a send was refused for its media, and how much of its credential's window is left. The code comes from
/// the endpoint's own error table: the row the schema names <see cref="ErrorName"/> (40007 for send_welcome_msg).
/// </summary>
internal static class MediaRefusal
{
    /// <summary>The schema's name for "the media_id is not valid".</summary>
    public const string ErrorName = "InvalidMediaId";

    public static bool IsRefusal<TRequest, TResponse>(EndpointDescriptor<TRequest, TResponse> endpoint, WeComOutcome<TResponse> outcome)
        where TRequest : class
        where TResponse : class =>
        outcome.Failure is WeComFailure.Rejected { Error: var error }
        && (error.Info ?? endpoint.Errors.Find(error.Code))?.Name == ErrorName;

    /// <summary>
    /// The time left before the request's credential expires (its receipt time plus the endpoint's validity), or
    /// <see langword="null"/> when the request says nothing of a window.
    /// </summary>
    public static TimeSpan? WindowLeft<TRequest, TResponse>(EndpointDescriptor<TRequest, TResponse> endpoint, TRequest request, DateTimeOffset now)
        where TRequest : class
        where TResponse : class =>
        endpoint.GetCredential?.Invoke(request)?.ReceivedAt is { } receivedAt && endpoint.CredentialValidity is { } validity
            ? receivedAt + validity - now
            : null;
}
