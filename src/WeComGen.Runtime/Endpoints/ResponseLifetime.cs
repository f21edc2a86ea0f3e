using System;

namespace WeComGen.Endpoints;

/// <summary>
/// A response value whose lifetime the schema states (<c>x-wecom-valid-for</c>): a media_id valid three days from
/// its <c>created_at</c>, or an image URL that is permanent.
/// </summary>
/// <typeparam name="TResponse">The generated response type.</typeparam>
public sealed class ResponseLifetime<TResponse>
    where TResponse : class
{
    /// <summary>The member's wire name (<c>media_id</c>).</summary>
    public required string Member { get; init; }

    /// <summary>Reads the value (<see langword="null"/> when the response has none, as an error response).</summary>
    public required Func<TResponse, string?> GetValue { get; init; }

    /// <summary>How long the value lives, or <see langword="null"/> when it is permanent.</summary>
    public TimeSpan? ValidFor { get; init; }

    /// <summary>
    /// The sibling member its life counts from (<c>created_at</c>, Unix seconds), or <see langword="null"/> when it
    /// counts from when the response was received (or the value is permanent).
    /// </summary>
    public string? ValidFrom { get; init; }

    /// <summary>Reads <see cref="ValidFrom"/> of a response, on the server's clock (<see langword="null"/> when absent).</summary>
    public Func<TResponse, DateTimeOffset?>? GetValidFrom { get; init; }
}
