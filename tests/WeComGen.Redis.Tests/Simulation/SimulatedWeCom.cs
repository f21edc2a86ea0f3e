using Microsoft.Extensions.Time.Testing;
using WeComGen.Tokens;

namespace WeComGen.Redis.Tests.Simulation;

/// <summary>
/// WeCom's <c>gettoken</c> and its check of a token, on a fake clock: an answer takes a random time up to
/// <paramref name="slowest"/>; the current token is returned again while it is valid, as WeCom does; a revoked one
/// is refused and the next call issues a new one.
/// </summary>
internal sealed class SimulatedWeCom(FakeTimeProvider time, Random random, TimeSpan slowest)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private AccessToken? _current;
    private int _issued;

    /// <summary>How many times <c>gettoken</c> was called.</summary>
    public int Calls { get; private set; }

    /// <summary>Whether WeCom accepts <paramref name="token"/> now.</summary>
    public bool Accepts(AccessToken token) => token.Value == _current?.Value;

    /// <summary>Revokes the current token: it is refused from now on.</summary>
    public void Revoke() => _current = null;

    /// <summary>One call of <c>gettoken</c>.</summary>
    public async Task<AccessToken> GetTokenAsync()
    {
        Calls++;
        await Task.Delay(TimeSpan.FromMilliseconds(random.Next((int)slowest.TotalMilliseconds + 1)), time).ConfigureAwait(false);
        return _current ??= new AccessToken("token-" + ++_issued, time.GetUtcNow() + Lifetime);
    }

    /// <summary>
    /// One instance's in-process token source, as the Redis source uses it: one <c>gettoken</c> call in flight, its
    /// token kept until it is refused.
    /// </summary>
    public IAccessTokenSource InProcess() => new InProcessTokens(this);

    private sealed class InProcessTokens(SimulatedWeCom wecom) : IAccessTokenSource
    {
        private Task<AccessTokenResult>? _current;

        public ValueTask<AccessTokenResult> GetAsync(CancellationToken cancellationToken) => new(_current ??= FetchAsync());

        public void Invalidate(AccessToken rejected)
        {
            if (_current is { IsCompleted: true } current && ReferenceEquals(current.Result.Token, rejected))
            {
                _current = null;
            }
        }

        private async Task<AccessTokenResult> FetchAsync() => AccessTokenResult.Issued(await wecom.GetTokenAsync().ConfigureAwait(false));
    }
}
