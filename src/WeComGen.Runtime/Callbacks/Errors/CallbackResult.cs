using System;
using System.Diagnostics.CodeAnalysis;

namespace WeComGen.Callbacks;

/// <summary>Builds <see cref="CallbackResult{T}"/> values.</summary>
public static class CallbackResult
{
    /// <summary>A success carrying <paramref name="value"/>.</summary>
    public static CallbackResult<T> Success<T>(T value) => new(value, null);

    /// <summary>A failure for <paramref name="reason"/>, described by <paramref name="message"/>.</summary>
    public static CallbackError Fail(CallbackErrorReason reason, string message) => new(reason, message);
}

/// <summary>
/// Either a value or a <see cref="CallbackError"/>: never both, and never a partial value.
/// A <see cref="CallbackError"/> converts to a failure of any <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">What a success carries.</typeparam>
public sealed class CallbackResult<T>
{
    private readonly T? _value;

    internal CallbackResult(T? value, CallbackError? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>Why it failed; <see langword="null"/> on success.</summary>
    public CallbackError? Error { get; }

    /// <summary>Whether it succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The value; throws <see cref="CallbackException"/> on failure.</summary>
    public T Value => IsSuccess ? _value! : throw new CallbackException(Error);

    /// <summary>The value when it succeeded.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out CallbackError? error)
    {
        value = _value;
        error = Error;
        return IsSuccess;
    }

    /// <summary>Maps a success with <paramref name="next"/>; passes a failure on.</summary>
    public CallbackResult<TNext> Then<TNext>(Func<T, CallbackResult<TNext>> next) =>
        IsSuccess ? next(_value!) : Error;

    /// <summary>A failure.</summary>
    public static implicit operator CallbackResult<T>(CallbackError error) =>
        new(default, error ?? throw new ArgumentNullException(nameof(error)));

    /// <inheritdoc/>
    public override string ToString() => IsSuccess ? "Success" : "Failure " + Error;
}
