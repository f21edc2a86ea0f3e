using System;
using System.Collections.Generic;

namespace WeComGen.Emulator.History;

/// <summary>Something that happened to a welcome code, by the emulator's clock.</summary>
/// <param name="At">When, by the emulator's clock.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Summary">One line a person reads: the callback's answer, a send's errcode and errmsg, the app.</param>
public sealed record WelcomeEvent(DateTimeOffset At, WelcomeEventKind Kind, string Summary)
{
    /// <summary>The errcode a send was answered with; <see langword="null"/> for other events and sends with no WeCom answer (an HTTP status, a dropped connection).</summary>
    public int? ErrCode { get; init; }

    /// <summary>The app whose token sent it, when known.</summary>
    public string? App { get; init; }

    /// <summary>The contract violations a refused send had, each with its path (<c>$.attachments[1].link.title</c>).</summary>
    public IReadOnlyList<string> Violations { get; init; } = [];

    /// <summary>Whether the send came after the code's window had closed.</summary>
    public bool Late { get; init; }

    /// <summary>Whether the send came when the code was already delivered or being delivered (41051, 41096).</summary>
    public bool Repeated { get; init; }
}

/// <summary>The kinds of <see cref="WelcomeEvent"/>.</summary>
public enum WelcomeEventKind
{
    /// <summary>The code was issued: its window opens.</summary>
    Issued,

    /// <summary>The add-external-contact callback carrying the code was pushed (again, for a replay).</summary>
    CallbackPushed,

    /// <summary>The callback URL answered (or did not).</summary>
    CallbackAnswered,

    /// <summary>A send_welcome_msg with the code was answered.</summary>
    SendAnswered,

    /// <summary>The welcome was delivered.</summary>
    Delivered,
}
