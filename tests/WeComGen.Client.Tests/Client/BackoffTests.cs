using CsCheck;

namespace WeComGen.Client.Tests.Client;

/// <summary>The n-th retry waits between half and all of min(max, base * 2^n): growing, capped, jittered.</summary>
public sealed class BackoffTests
{
    [Fact]
    public void Every_delay_lies_between_half_and_all_of_the_capped_exponential()
    {
        Gen.Select(Gen.Int[1, 5_000], Gen.Int[0, 60_000], Gen.Int[0, 64]).Sample((baseMs, extraMs, retry) =>
        {
            var baseDelay = TimeSpan.FromMilliseconds(baseMs);
            var maxDelay = TimeSpan.FromMilliseconds(baseMs + extraMs);
            var ceiling = Math.Min(baseDelay.Ticks * Math.Pow(2, retry), maxDelay.Ticks);

            var delay = new Backoff(baseDelay, maxDelay).Delay(retry);

            return delay.Ticks >= Math.Floor(ceiling / 2) && delay.Ticks <= ceiling;
        });
    }

    [Fact]
    public void Delays_are_jittered()
    {
        var backoff = new Backoff(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(2));

        var delays = Enumerable.Range(0, 20).Select(_ => backoff.Delay(3)).Distinct().Count();

        Assert.True(delays > 1);
    }
}
