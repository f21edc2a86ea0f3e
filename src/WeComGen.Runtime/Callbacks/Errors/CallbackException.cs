using System;

namespace WeComGen.Callbacks;

/// <summary>A callback or a callback configuration was refused; <see cref="Reason"/> says why.</summary>
public sealed class CallbackException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    public CallbackException(CallbackError error)
        : base(error.ToString()) =>
        Error = error ?? throw new ArgumentNullException(nameof(error));

    /// <summary>The error, with its reason and a message safe to log.</summary>
    public CallbackError Error { get; }

    /// <summary>The typed reason.</summary>
    public CallbackErrorReason Reason => Error.Reason;
}
