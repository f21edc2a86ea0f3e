using System;
using System.Threading;
using System.Threading.Tasks;

namespace WeComGen.Client;

/// <summary>
/// Single-use credentials claimed beyond one client: several instances of an app, each with its own
/// <see cref="WeComClient"/>, never send the same welcome code at the same time, nor again once one got a
/// definite answer. A client checks its own ledger first and then these claims; without them (the default) its
/// ledger alone guards the credentials it sends.
/// </summary>
public interface ICredentialClaims
{
    /// <summary>
    /// Claims <paramref name="credential"/> for one call of <paramref name="endpointPath"/>; says who has it when
    /// the claim is refused. A credential with a <paramref name="validity"/> need not be remembered once the
    /// server would call it expired anyway.
    /// </summary>
    ValueTask<CredentialClaimResult> ClaimAsync(string endpointPath, string credential, TimeSpan? validity, CancellationToken cancellationToken);

    /// <summary>Ends this process's claim: <paramref name="settled"/> retires the credential for good, otherwise it is freed for a later call.</summary>
    ValueTask EndAsync(string endpointPath, string credential, bool settled);
}

/// <summary>What <see cref="ICredentialClaims.ClaimAsync"/> found.</summary>
public enum CredentialClaimResult
{
    /// <summary>The claim is this call's.</summary>
    Claimed,

    /// <summary>Another call is sending the credential now.</summary>
    InFlight,

    /// <summary>A call already got a definite answer for the credential.</summary>
    Settled,
}
