using System;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace WeComGen.Validation;

/// <summary>The schema's regular expressions, compiled once each.</summary>
internal static class ContractPatterns
{
    // A schema pattern may be pathological; a bounded match keeps a validator from hanging on one.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static bool IsMatch(string pattern, string value) =>
        Cache.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.CultureInvariant, MatchTimeout)).IsMatch(value);
}
