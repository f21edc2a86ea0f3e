using System;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;
using WeComGen.Credentials;
using WeComGen.Validation;

namespace WeComGen.Endpoints;

/// <summary>
/// Everything a client needs to call one endpoint of a schema, generated from <c>x-wecom-endpoints</c>:
/// the HTTP binding, the serializer metadata, the validator, where the error code and the event
/// credential live in the messages, and the error table.
/// </summary>
/// <typeparam name="TRequest">The generated request type.</typeparam>
/// <typeparam name="TResponse">The generated response type.</typeparam>
public sealed class EndpointDescriptor<TRequest, TResponse>
    where TRequest : class
    where TResponse : class
{
    /// <summary>The endpoint's C# name (<c>SendWelcomeMsg</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The HTTP method (<c>POST</c>).</summary>
    public required string Method { get; init; }

    /// <summary>The API's base address (<c>x-wecom-base-address</c>), or <see langword="null"/> when the schema gives none.</summary>
    public Uri? BaseAddress { get; init; }

    /// <summary>The path below the base address (<c>/cgi-bin/externalcontact/send_welcome_msg</c>).</summary>
    public required string Path { get; init; }

    /// <summary>The query parameter that carries the access token, or <see langword="null"/> when the endpoint needs none.</summary>
    public string? AccessTokenQueryParameter { get; init; }

    /// <summary>
    /// How the body travels: <see cref="RequestBody.Json"/> (the default; query members are <c>[JsonIgnore]</c> on
    /// the request type, so the JSON holds the body members only), <see cref="RequestBody.None"/> (no body, no
    /// <c>Content-Type</c>) or <see cref="RequestBody.Multipart"/> (the <see cref="FileParts"/>).
    /// </summary>
    public RequestBody Body { get; init; } = RequestBody.Json;

    /// <summary>
    /// The request's query members besides the access token, in schema order, formatted as the wire carries them
    /// (invariant culture; enums as their wire value); a <see langword="null"/> value is left out. The client escapes
    /// names and values (RFC 3986) and puts them after the access token. <see langword="null"/> = none.
    /// </summary>
    public Func<TRequest, KeyValuePair<string, string?>[]>? GetQuery { get; init; }

    /// <summary>The multipart file parts of the request (when <see cref="Body"/> is <see cref="RequestBody.Multipart"/>), in schema order; empty otherwise.</summary>
    public IReadOnlyList<FilePart<TRequest>> FileParts { get; init; } = Array.Empty<FilePart<TRequest>>();

    /// <summary>The response's values with a stated lifetime (<c>x-wecom-valid-for</c>), in schema order; empty when none.</summary>
    public IReadOnlyList<ResponseLifetime<TResponse>> Lifetimes { get; init; } = Array.Empty<ResponseLifetime<TResponse>>();

    /// <summary>Serializer metadata for the request (source-generated, no reflection).</summary>
    public required JsonTypeInfo<TRequest> RequestTypeInfo { get; init; }

    /// <summary>Serializer metadata for the response (source-generated, no reflection).</summary>
    public required JsonTypeInfo<TResponse> ResponseTypeInfo { get; init; }

    /// <summary>The generated validator of the request, reporting violations at least as serious as the severity it is given.</summary>
    public required Func<TRequest, ViolationSeverity, ValidationResult> Validate { get; init; }

    /// <summary>Reads the <c>errcode</c> of a response.</summary>
    public required Func<TResponse, int> GetErrorCode { get; init; }

    /// <summary>Reads the <c>errmsg</c> of a response.</summary>
    public required Func<TResponse, string?> GetErrorMessage { get; init; }

    /// <summary>Reads the event credential of a request (<c>x-wecom-credential</c>), or <see langword="null"/> when it has none.</summary>
    public Func<TRequest, EventCode?>? GetCredential { get; init; }

    /// <summary>How long the event credential is valid after its event was received.</summary>
    public TimeSpan? CredentialValidity { get; init; }

    /// <summary>Whether the event credential may be used for one call only.</summary>
    public bool CredentialSingleUse { get; init; }

    /// <summary>The schema's error table.</summary>
    public required ErrorTable Errors { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Method} {Path} ({Name})";
}
