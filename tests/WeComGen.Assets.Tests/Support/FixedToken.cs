using WeComGen.Tokens;

namespace WeComGen.Assets.Tests.Support;

/// <summary>An access token that never expires: these tests are about media, not tokens.</summary>
internal sealed class FixedToken : IAccessTokenSource
{
    public ValueTask<AccessTokenResult> GetAsync(CancellationToken cancellationToken) =>
        new(AccessTokenResult.Issued(new AccessToken("test-access-token", DateTimeOffset.MaxValue)));

    public void Invalidate(AccessToken rejected)
    {
    }
}
