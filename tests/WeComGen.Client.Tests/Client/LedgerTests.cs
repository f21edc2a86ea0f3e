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

        Assert.Equal(300, ledger.Count); // the 300 stale codes are gone; the fresh ones stay
    }

    [Fact]
    public void A_code_still_in_flight_is_kept_past_its_time_and_forgotten_once_its_call_ends()
    {
        var clock = new FakeTimeProvider();
        var ledger = new CredentialLedger(clock, TimeSpan.FromSeconds(2));
        var slow = ledger.Begin("/path", EventCode.Received("slow", clock), Validity, singleUse: true);
        ledger.Begin("/path", EventCode.Received("quick", clock), Validity, singleUse: true).End(settled: true);
        clock.Advance(Validity + Validity + TimeSpan.FromTicks(1));

        ledger.Begin("/path", EventCode.Received("later", clock), Validity, singleUse: true).End(settled: true);
        Assert.Equal(3, ledger.Count); // the slow call holds its entry, and the one behind it waits

        slow.End(settled: true);
        ledger.Begin("/path", EventCode.Received("last", clock), Validity, singleUse: true).End(settled: true);
        Assert.Equal(2, ledger.Count); // "later" and "last"
    }

    [Fact]
    public void A_code_sent_again_after_it_was_forgotten_is_a_new_entry_with_a_new_clock()
    {
        var clock = new FakeTimeProvider();
        var ledger = new CredentialLedger(clock, TimeSpan.FromSeconds(2));
        var code = new EventCode("reused", null);
        ledger.Begin("/path", code, Validity, singleUse: true).End(settled: true);
        clock.Advance(Validity + Validity + TimeSpan.FromTicks(1));

        var again = ledger.Begin("/path", code, Validity, singleUse: true);
        Assert.Null(again.Refusal);
        Assert.Equal(1, ledger.Count);
    }

    [Fact]
    public void A_code_is_a_credential_of_one_endpoint_and_the_same_code_at_another_endpoint_is_another()
    {
        var clock = new FakeTimeProvider();
        var ledger = new CredentialLedger(clock, TimeSpan.FromSeconds(2));
        var code = EventCode.Received("shared", clock);
        ledger.Begin("/first", code, Validity, singleUse: true).End(settled: true);

        Assert.IsType<WeComFailure.CredentialAlreadyUsed>(ledger.Begin("/first", code, Validity, singleUse: true).Refusal);
        Assert.Null(ledger.Begin("/second", code, Validity, singleUse: true).Refusal);
        Assert.Equal(2, ledger.Count);
    }
}
