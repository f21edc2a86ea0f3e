using System.Collections.Generic;
using System.Linq;

namespace WeComGen.Validation;

/// <summary>Every contract violation found in a value, not only the first.</summary>
public sealed class ValidationResult
{
    private static readonly ContractViolation[] None = [];

    /// <summary>A result with no violations.</summary>
    public static ValidationResult Valid { get; } = new(None);

    /// <summary>Creates a result over <paramref name="violations"/>.</summary>
    public ValidationResult(IReadOnlyList<ContractViolation> violations)
    {
        Violations = violations ?? throw new System.ArgumentNullException(nameof(violations));
        IsValid = !Errors.Any();
    }

    /// <summary>All violations, in the order of the value's members.</summary>
    public IReadOnlyList<ContractViolation> Violations { get; }

    /// <summary>The violations that make the server reject the value.</summary>
    public IEnumerable<ContractViolation> Errors => Violations.Where(v => v.Severity == ViolationSeverity.Error);

    /// <summary>Whether the server would accept the value: no violation of <see cref="ViolationSeverity.Error"/> severity.</summary>
    public bool IsValid { get; }

    /// <summary>Throws <see cref="ContractViolationException"/> when the value is not valid.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new ContractViolationException(this);
        }
    }

    /// <summary>Each violation on a line of its own, in the current UI culture's language; <c>valid</c> (<c>有效</c>) when there is none.</summary>
    public override string ToString() =>
        Violations.Count == 0
            ? ContractMessages.NoViolations().ToString(System.Globalization.CultureInfo.CurrentUICulture)
            : string.Join("\n", Violations.Select(v => v.ToString()));
}
