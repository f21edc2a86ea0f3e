using System.Diagnostics.Metrics;

namespace WeComGen.Diagnostics;

/// <summary>The access-token instruments: the cache's calls of gettoken, and the client's refreshes of a refused token.</summary>
internal sealed class TokenInstruments(Meter meter)
{
    public Counter<long> Fetches { get; } = meter.CreateCounter<long>(
        "wecomgen.token.fetches", "{fetch}", "Calls of gettoken (a token missing, expiring, or refused by an endpoint).");

    public Counter<long> Failures { get; } = meter.CreateCounter<long>(
        "wecomgen.token.failures", "{fetch}", "Calls of gettoken that got no token, by why.");

    public Counter<long> Refreshes { get; } = meter.CreateCounter<long>(
        "wecomgen.token.refreshes", "{refresh}", "Access tokens an endpoint refused, dropped so that the next attempt fetches another.");
}
