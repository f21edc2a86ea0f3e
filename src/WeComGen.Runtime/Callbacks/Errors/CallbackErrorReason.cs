namespace WeComGen.Callbacks;

/// <summary>Why a callback was refused. Every way bad input can fail has its own reason.</summary>
public enum CallbackErrorReason
{
    /// <summary>A query parameter or XML element the scheme requires is missing or empty.</summary>
    MissingField,

    /// <summary><c>msg_signature</c> does not match the token, timestamp, nonce and ciphertext.</summary>
    InvalidSignature,

    /// <summary>The EncodingAESKey is not 43 characters of the base64 alphabet (a configuration error).</summary>
    InvalidKey,

    /// <summary>The ciphertext is not valid base64.</summary>
    InvalidBase64,

    /// <summary>The ciphertext is empty or not a whole number of AES blocks (truncated, say).</summary>
    InvalidCiphertext,

    /// <summary>The decrypted padding is not 1 to 32 bytes that all hold the pad length.</summary>
    InvalidPadding,

    /// <summary>The plaintext is shorter than its header, or its length prefix points past its end.</summary>
    LengthOutOfRange,

    /// <summary>The message is not valid UTF-8.</summary>
    InvalidEncoding,

    /// <summary>The receive id in the plaintext is not the configured corp id (or suite id).</summary>
    ReceiveIdMismatch,

    /// <summary>The XML (the request body or the decrypted event) is malformed, has a DTD, or lacks a field its event needs.</summary>
    MalformedXml,

    /// <summary>The request body or the ciphertext is larger than the configured limit.</summary>
    TooLarge,

    /// <summary>The timestamp is further from now than the freshness window allows: an old request replayed, or clocks far apart.</summary>
    StaleTimestamp,

    /// <summary>The <c>timestamp</c> query parameter is not a Unix time in seconds (digits only).</summary>
    InvalidTimestamp,

    /// <summary>The request body did not arrive in full: it stalled past the time allowed, or the connection was aborted.</summary>
    IncompleteBody,
}
