namespace WeComGen.Validation;

/// <summary>How serious a violation is. Only errors make a request invalid.</summary>
public enum ViolationSeverity
{
    /// <summary>The server will reject the request.</summary>
    Error,

    /// <summary>The request is probably wrong; the server may reject it.</summary>
    Warning,

    /// <summary>The server will accept the request but ignore part of it.</summary>
    Info,
}
