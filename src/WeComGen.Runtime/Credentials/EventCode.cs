using System;

namespace WeComGen.Credentials;

/// <summary>
/// A credential issued with an event (a welcome_code from the add-external-contact event, say), together
/// with the moment its event was received, so that a client can tell how much of its validity is left.
/// Build it with <see cref="Received(string, TimeProvider)"/> where the event arrives.
/// </summary>
public sealed class EventCode : IEquatable<EventCode>
{
    /// <summary>Creates a code received at <paramref name="receivedAt"/>, or at an unknown time when <see langword="null"/>.</summary>
    public EventCode(string value, DateTimeOffset? receivedAt)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
        ReceivedAt = receivedAt;
    }

    /// <summary>The code as the event carried it.</summary>
    public string Value { get; }

    /// <summary>When its event was received; <see langword="null"/> when unknown (the code came from a string).</summary>
    public DateTimeOffset? ReceivedAt { get; }

    /// <summary>A code received now, by <paramref name="clock"/>.</summary>
    public static EventCode Received(string value, TimeProvider clock) =>
        new(value, (clock ?? throw new ArgumentNullException(nameof(clock))).GetUtcNow());

    /// <summary>
    /// A code whose receipt time is unknown. A client starts its clock when it first sends such a code,
    /// which is later than the event: prefer <see cref="Received(string, TimeProvider)"/>.
    /// </summary>
    public static implicit operator EventCode(string value) => new(value, null);

    /// <inheritdoc/>
    public bool Equals(EventCode? other) => other is not null && Value == other.Value && ReceivedAt == other.ReceivedAt;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EventCode);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value) ^ ReceivedAt.GetHashCode();

    /// <summary>The code with all but its last four characters masked: it is a single-use credential.</summary>
    public override string ToString() =>
        Value.Length <= 4 ? new string('*', Value.Length) : new string('*', Value.Length - 4) + Value.Substring(Value.Length - 4);
}
