using WeComGen.Validation;

namespace WeComGen.Client.Tests.Validation;

/// <summary>A schema's patterns match as .NET regular expressions do, whichever engine runs them.</summary>
public sealed class ContractPatternsTests
{
    [Theory]
    [InlineData("^wx[0-9A-Za-z]{16}$", "wx8bd80126147dfAAA", true)]
    [InlineData("^wx[0-9A-Za-z]{16}$", "wx123", false)]
    [InlineData("^https?://([A-Za-z0-9-]+\\.)*qpic\\.cn/", "http://p.qpic.cn/pic_wework/0", true)]
    [InlineData("^https?://([A-Za-z0-9-]+\\.)*qpic\\.cn/", "https://example.com/qpic.cn/", false)]
    [InlineData("^(?=.*[0-9])[a-z0-9]+$", "abc1", true)] // a lookahead: the backtracking engine runs it
    [InlineData("^(?=.*[0-9])[a-z0-9]+$", "abcd", false)]
    [InlineData("^(ab)\\1$", "abab", true)] // a backreference: the backtracking engine runs it
    [InlineData("^(ab)\\1$", "abba", false)]
    public void A_pattern_matches_whichever_engine_runs_it(string pattern, string value, bool matches) =>
        Assert.Equal(matches, ContractPatterns.IsMatch(pattern, value));

    [Fact]
    public void A_pattern_that_backtracks_badly_still_answers_quickly_on_a_long_value()
    {
        // Exponential for a backtracking engine without a timeout; linear for the engine used where there is one.
        var value = new string('a', 5_000) + "!";

        Assert.False(ContractPatterns.IsMatch("^(a+)+$", value));
    }
}
