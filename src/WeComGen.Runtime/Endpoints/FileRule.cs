using System;
using System.Collections.Generic;
using System.Linq;

namespace WeComGen.Endpoints;

/// <summary>What a file part must be. Generated from the schema; the client checks it before any byte is sent.</summary>
public sealed class FileRule
{
    /// <summary>Creates a rule; <paramref name="contentTypes"/> is copied.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sizes are negative or <paramref name="minBytes"/> exceeds <paramref name="maxBytes"/>.</exception>
    public FileRule(long minBytes, long maxBytes, IReadOnlyList<string> contentTypes, string? variant)
    {
        if (minBytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minBytes), minBytes, "The smallest size cannot be negative.");
        }

        if (maxBytes < minBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBytes), maxBytes, "The largest size cannot be below the smallest.");
        }

        MinBytes = minBytes;
        MaxBytes = maxBytes;
        ContentTypes = (contentTypes ?? throw new ArgumentNullException(nameof(contentTypes))).ToArray();
        Variant = variant;
    }

    /// <summary>Smallest allowed size in bytes (inclusive). WeCom's "larger than 5 bytes" is 6.</summary>
    public long MinBytes { get; }

    /// <summary>Largest allowed size in bytes (inclusive).</summary>
    public long MaxBytes { get; }

    /// <summary>
    /// The media types the content must be, recognised by its signature (<c>image/png</c>, <c>image/jpeg</c>,
    /// <c>video/mp4</c>, <c>audio/amr</c>); empty = any content.
    /// </summary>
    public IReadOnlyList<string> ContentTypes { get; }

    /// <summary>
    /// The variant the rule belongs to as messages name it (<c>type image</c>: "… at most 10485760 bytes for type
    /// image"), or <see langword="null"/> when the rule is the only one.
    /// </summary>
    public string? Variant { get; }
}
