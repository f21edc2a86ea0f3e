using System;
using System.Globalization;
using System.Linq;

namespace WeComGen.Validation;

/// <summary>A value broke its contract; <see cref="Result"/> says every way it did.</summary>
public sealed class ContractViolationException(ValidationResult result)
    : Exception(ContractMessages.BrokenContract().ToString(CultureInfo.CurrentUICulture) + "\n" + string.Join("\n", result.Errors.Select(v => "  " + v)))
{
    /// <summary>All violations found, errors and advisories.</summary>
    public ValidationResult Result { get; } = result;
}
