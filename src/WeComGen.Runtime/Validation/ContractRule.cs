namespace WeComGen.Validation;

/// <summary>The kind of contract rule a violation breaks; one per schema keyword the validator enforces.</summary>
public enum ContractRule
{
    /// <summary>A required member is missing (<c>required</c>).</summary>
    Required,

    /// <summary>A collection has too many items (<c>maxItems</c>).</summary>
    MaxItems,

    /// <summary>A collection has too few items (<c>minItems</c>).</summary>
    MinItems,

    /// <summary>A string is too long in UTF-8 bytes (<c>x-wecom-max-utf8-bytes</c>).</summary>
    MaxUtf8Bytes,

    /// <summary>A string is too short in characters (<c>minLength</c>).</summary>
    MinLength,

    /// <summary>A string is too long in characters (<c>maxLength</c>).</summary>
    MaxLength,

    /// <summary>A string does not match its pattern (<c>pattern</c>).</summary>
    Pattern,

    /// <summary>A value does not look like what the domain expects (<c>x-wecom-hint</c>); advisory.</summary>
    Hint,

    /// <summary>A union's discriminator does not match its payload, or no single payload is set (<c>x-wecom-discriminator</c>).</summary>
    Discriminator,

    /// <summary>None of a group of members is set (<c>anyOf</c> of <c>required</c>).</summary>
    AtLeastOneOf,

    /// <summary>Several members of a preferred group are set; all but one are ignored (<c>x-wecom-precedence</c>).</summary>
    Ignored,

    /// <summary>A file is smaller than its rule allows (a file part's <c>minBytes</c>).</summary>
    MinBytes,

    /// <summary>A file is larger than its rule allows (a file part's <c>maxBytes</c>).</summary>
    MaxBytes,

    /// <summary>A file's content, recognised by its signature, is not of a media type its rule allows.</summary>
    MediaType,
}
