using Microsoft.Extensions.Time.Testing;
using WeComGen.Credentials;

namespace WeComGen.Client.Tests.Client;

/// <summary>The ledger of sent credentials forgets a code once the server would call it expired anyway.</summary>
public sealed class LedgerTests
{
    private static readonly TimeSpan Validity = TimeSpan.FromSeconds(20);

    [Fact]
    public void A_settled_code_is_forgotten_after_twice_its_validity_and_kept_before()
    {
        var clock = new FakeTimeProvider();
        var ledger = new CredentialLedger(clock, TimeSpan.FromSeconds(2));
        var codes = Enumerable.Range(0, 300).Select(i => EventCode.Received("code-" + i, clock)).ToList();
        foreach (var code in codes)
        {
            ledger.Begin("/path", code, Validity, singleUse: true).End(settled: true);
        }

        Assert.Equal(300, ledger.Count);
        clock.Advance(Validity + Validity + TimeSpan.FromTicks(1));
        var fresh = Enumerable.Range(0, 300).Select(i => EventCode.Received("fresh-" + i, clock));
        foreach (var code in fresh)
        {
            ledger.Begin("/path", code, Validity, singleUse: true).End(settled: false);
        }

        Assert.Equal(300, ledger.Count); // the 300 stale codes went in a sweep; the fresh ones stay
    }
}
