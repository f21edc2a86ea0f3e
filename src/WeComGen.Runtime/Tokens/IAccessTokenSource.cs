using System.Threading;
using System.Threading.Tasks;

namespace WeComGen.Tokens;

/// <summary>
/// Where a client gets access tokens. <see cref="WeComAccessTokenSource"/> calls <c>gettoken</c> and caches in
/// memory; implement this to share tokens between processes (WeCom throttles frequent <c>gettoken</c> calls).
/// </summary>
public interface IAccessTokenSource
{
    /// <summary>A valid token, or why there is none. Never throws for server or network trouble.</summary>
    ValueTask<AccessTokenResult> GetAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The server refused <paramref name="rejected"/> (revoked or expired early): forget it, but only if it is
    /// still the cached token, so a token another caller already refreshed is kept.
    /// </summary>
    void Invalidate(AccessToken rejected);
}
