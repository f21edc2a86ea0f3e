using System;
using System.Threading.Tasks;

namespace WeComGen.Redis;

/// <summary>
/// What the instances share to refresh one access token: the stored token, the lock whose holder calls
/// <c>gettoken</c> for them, and the count of <c>gettoken</c> calls. Each member is one atomic step; each throws
/// <see cref="RedisUnavailableException"/> when the store cannot answer in time.
/// </summary>
internal interface ISharedTokenStore
{
    /// <summary>The stored token's text (<see cref="StoredToken"/>), or <see langword="null"/>.</summary>
    Task<string?> ReadAsync();

    /// <summary>Stores <paramref name="value"/> for <paramref name="lifetime"/>.</summary>
    Task StoreAsync(string value, TimeSpan lifetime);

    /// <summary>Deletes the stored token only while it is still <paramref name="value"/>.</summary>
    Task DeleteAsync(string value);

    /// <summary>
    /// Takes the lock for <paramref name="owner"/> if nobody holds it (a lock without an expiry is not WeComGen's and
    /// is taken over); it lapses after <paramref name="timeout"/> unless renewed.
    /// </summary>
    Task<bool> TryLockAsync(string owner, TimeSpan timeout);

    /// <summary>Makes the lock lapse <paramref name="timeout"/> from now, if <paramref name="owner"/> still holds it; whether it does.</summary>
    Task<bool> RenewAsync(string owner, TimeSpan timeout);

    /// <summary>Frees the lock if <paramref name="owner"/> still holds it.</summary>
    Task ReleaseAsync(string owner);

    /// <summary>Counts one more <c>gettoken</c> call in the minute of <paramref name="now"/>; the cluster's count that minute.</summary>
    Task<long> CountGetTokenCallAsync(DateTimeOffset now);
}
