using BenchmarkDotNet.Attributes;
using WeComGen.Credentials;

namespace WeComGen.Client.Benchmarks;

/// <summary>
/// The client's ledger of sent welcome codes, per call (take a new code, settle it), in the steady state of a
/// client that sends <see cref="Held"/> codes per 40 seconds: each call finds that many codes in the ledger and one
/// of them turned stale. Codes are received at an unknown time, so each clock starts at its first send.
/// </summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private const string Endpoint = "/cgi-bin/externalcontact/send_welcome_msg";
    private static readonly TimeSpan Validity = TimeSpan.FromSeconds(20);

    private readonly SteppingClock _clock = new();
    private CredentialLedger _ledger = null!;
    private EventCode[] _codes = null!;
    private int _next;

    [Params(0, 100_000)]
    public int Held { get; set; }

    [GlobalSetup]
    public void Fill()
    {
        // Entries turn stale twice their validity after their first send.
        _clock.Step = Held == 0 ? Validity * 4 : (Validity + Validity) / Held;
        _ledger = new CredentialLedger(_clock, TimeSpan.FromSeconds(2));
        _codes = Enumerable.Range(0, Math.Max(Held, 1) * 4).Select(i => (EventCode)("WELCOME" + i.ToString("D16", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        for (var i = 0; i < Held; i++)
        {
            SendOne();
        }
    }

    [Benchmark]
    public void SendOne()
    {
        _clock.Tick();
        var claim = _ledger.Begin(Endpoint, _codes[_next], Validity, singleUse: true);
        claim.End(settled: true);
        _next = (_next + 1) % _codes.Length;
    }

    // Not FakeTimeProvider, as the tests use: its lock on every reading would be measured as the ledger's cost.
    private sealed class SteppingClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

        public TimeSpan Step { get; set; }

        public void Tick() => _now += Step;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
