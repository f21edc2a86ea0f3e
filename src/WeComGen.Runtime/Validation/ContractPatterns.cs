using System;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace WeComGen.Validation;

/// <summary>The schema's regular expressions, built once each.</summary>
internal static class ContractPatterns
{
    // A schema pattern may be pathological; a bounded match keeps a validator from hanging on one.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static bool IsMatch(string pattern, string value) => Cache.GetOrAdd(pattern, Build).IsMatch(value);

    private static Regex Build(string pattern)
    {
#if NET7_0_OR_GREATER
        // Linear in the input, so no timeout is needed, and a timeout's bookkeeping would double the cost of a
        // short match. Patterns it cannot run (backreferences, lookarounds) fall back to the backtracking engine.
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
        }
#endif
        return new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
    }
}
