using System;

namespace WeComGen.Callbacks;

/// <summary>
/// Any callback other than an external contact being added (other change types, other events, suite
/// tickets, messages): recognised and passed on with all its fields, not an error.
/// </summary>
public sealed class OtherCallbackEvent : WeComCallbackEvent
{
    internal OtherCallbackEvent(CallbackFields fields, string xml, DateTimeOffset receivedAt)
        : base(fields, xml, receivedAt)
    {
    }

    /// <summary>The <c>MsgType</c> (<c>event</c>, <c>text</c>, ...); <see langword="null"/> for third-party callbacks.</summary>
    public string? MsgType => Fields.Find(CallbackFieldNames.MsgType);
}
