using System;

namespace WeComGen.Endpoints;

/// <summary>What a contract says about the event credential one of its endpoints takes (<c>x-wecom-credential</c>).</summary>
/// <param name="Contract">The contract (<c>x-wecom-contract</c>): <c>ExternalContact</c>.</param>
/// <param name="Endpoint">The endpoint that takes the credential: <c>SendWelcomeMsg</c>.</param>
/// <param name="Issuer">
/// What issues it: the first word of <c>issuedBy</c>, the name of the callback event that carries it
/// (<c>add_external_contact</c>).
/// </param>
/// <param name="Validity">How long it is valid after its event was received.</param>
/// <param name="SingleUse">Whether it may be used for one call only.</param>
public sealed record CredentialFacts(string Contract, string Endpoint, string Issuer, TimeSpan Validity, bool SingleUse);
