using System;
using System.Threading;
using System.Threading.Tasks;
using StackExchange.Redis;
using WeComGen.Client;

namespace WeComGen.Redis;

/// <summary>
/// Single-use credentials claimed in Redis: <c>claimed:{instance}</c> while one instance sends a code,
/// <c>settled</c> once a call got a definite answer, kept for twice the code's validity (a day without one).
/// Only the instance that claimed a code ends its claim. While Redis is away each instance's own ledger guards
/// its codes, as without Redis.
/// </summary>
internal sealed class RedisCredentialClaims(RedisConnection redis) : ICredentialClaims
{
    private const string ClaimedPrefix = "claimed:";
    private const string Settled = "settled";
    private static readonly TimeSpan KeptWithoutValidity = TimeSpan.FromDays(1);

    private readonly string _claimed = ClaimedPrefix + Guid.NewGuid().ToString("N");

    public async ValueTask<CredentialClaimResult> ClaimAsync(string endpointPath, string credential, TimeSpan? validity, CancellationToken cancellationToken)
    {
        var keep = validity is { } valid ? valid + valid : KeptWithoutValidity;
        try
        {
            var held = (string?)await redis.RunAsync(
                db => db.ScriptEvaluateAsync(RedisScripts.Claim, [redis.Keys.Credential(endpointPath, credential)], [_claimed, (long)keep.TotalMilliseconds, ClaimedPrefix, Settled]),
                cancellationToken).ConfigureAwait(false);
            return held switch
            {
                null or "" => CredentialClaimResult.Claimed,
                Settled => CredentialClaimResult.Settled,
                _ => CredentialClaimResult.InFlight,
            };
        }
        catch (RedisUnavailableException)
        {
            return CredentialClaimResult.Claimed;
        }
    }

    public async ValueTask EndAsync(string endpointPath, string credential, bool settled)
    {
        var key = redis.Keys.Credential(endpointPath, credential);
        try
        {
            await redis.RunAsync(
                db => settled
                    ? db.ScriptEvaluateAsync(RedisScripts.CompareAndSet, [key], [_claimed, Settled])
                    : db.ScriptEvaluateAsync(RedisScripts.CompareAndDelete, [key], [_claimed]),
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (RedisUnavailableException)
        {
            // The claim expires by itself; meanwhile another instance gets InFlight, or WeCom's 41051.
        }
    }
}
