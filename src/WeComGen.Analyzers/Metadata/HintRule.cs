using System.Text.RegularExpressions;

namespace WeComGen.Analyzers.Metadata;

/// <summary>A [ContractHint]: a compiled pattern (null when the pattern is not a valid regular expression) and its message.</summary>
internal sealed record HintRule(Regex? Pattern, string Message);
