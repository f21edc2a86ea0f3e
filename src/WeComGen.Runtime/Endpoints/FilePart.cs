using System;
using WeComGen.Uploads;

namespace WeComGen.Endpoints;

/// <summary>One file part of a multipart request.</summary>
/// <typeparam name="TRequest">The generated request type.</typeparam>
public sealed class FilePart<TRequest>
    where TRequest : class
{
    /// <summary>The part's name on the wire (the <c>Content-Disposition</c> name, e.g. <c>media</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The member's path as violations report it (the schema's property name, e.g. <c>media</c>).</summary>
    public required string Member { get; init; }

    /// <summary>Reads the file of a request (<see langword="null"/> when not set; the generated validator reports a required one).</summary>
    public required Func<TRequest, WeComFile?> GetFile { get; init; }

    /// <summary>
    /// The rule that applies to this request (per variant, e.g. chosen by the query member <c>type</c>), or
    /// <see langword="null"/> when the request names no variant the schema knows (the generated validator reports that).
    /// </summary>
    public required Func<TRequest, FileRule?> GetRule { get; init; }

    /// <summary>
    /// Builds a request that carries only <c>file</c> in this part, its variant chosen by the wire value given (the
    /// chooser's, e.g. <c>image</c> for <c>type</c>; ignored when the part has one rule); it answers
    /// <see langword="null"/> when the value names no variant. <see langword="null"/> itself when the request needs
    /// more than the file and its chooser.
    /// </summary>
    public Func<WeComFile, string?, TRequest?>? NewRequest { get; init; }
}
