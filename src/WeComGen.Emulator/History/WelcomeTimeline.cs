using System;
using System.Collections.Generic;
using WeComGen.Emulator.WelcomeCodes;

namespace WeComGen.Emulator.History;

/// <summary>
/// One welcome code's story, by the emulator's clock: issued, pushed to the callback URL and answered, each send
/// and its answer, delivery. A snapshot: the emulator's own record goes on.
/// </summary>
public sealed class WelcomeTimeline
{
    /// <summary>How many events of a code are kept; later ones are counted in <see cref="EventsDropped"/>.</summary>
    public const int EventsKept = 64;

    internal WelcomeTimeline(string welcomeCode, DateTimeOffset? issuedAt, WelcomeCustomer? customer, IReadOnlyList<WelcomeEvent> events, int eventsDropped, DeliveredWelcomeMessage? delivery)
    {
        WelcomeCode = welcomeCode;
        IssuedAt = issuedAt;
        Customer = customer;
        Events = events;
        EventsDropped = eventsDropped;
        Delivery = delivery;
    }

    /// <summary>The welcome code.</summary>
    public string WelcomeCode { get; }

    /// <summary>When the emulator issued it; <see langword="null"/> for a code it never issued (sends of it get 41050).</summary>
    public DateTimeOffset? IssuedAt { get; }

    /// <summary>The customer whose adding issued the code; <see langword="null"/> for a code issued on its own.</summary>
    public WelcomeCustomer? Customer { get; }

    /// <summary>What happened, in order.</summary>
    public IReadOnlyList<WelcomeEvent> Events { get; }

    /// <summary>How many later events were not kept: a code's record is bounded, whatever a client sends.</summary>
    public int EventsDropped { get; }

    /// <summary>The delivered welcome, once there is one.</summary>
    public DeliveredWelcomeMessage? Delivery { get; }
}

/// <summary>A customer added to a member's contacts, as the callback named them.</summary>
/// <param name="UserId">The member (<c>UserID</c>).</param>
/// <param name="ExternalUserId">The customer (<c>ExternalUserID</c>).</param>
/// <param name="State">The contact-me <c>State</c>, when one was given.</param>
public sealed record WelcomeCustomer(string UserId, string ExternalUserId, string? State)
{
    /// <summary>The customer's name, as <c>externalcontact/get</c> gives it.</summary>
    public string? Name { get; init; }
}
