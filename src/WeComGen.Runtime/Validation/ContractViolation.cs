using System.Globalization;

namespace WeComGen.Validation;

/// <summary>One way a value breaks its contract.</summary>
/// <param name="Path">Where, as a JSON path of wire names: <c>$.attachments[2].link.title</c>.</param>
/// <param name="Rule">Which rule is broken.</param>
/// <param name="Limit">The schema's limit or expectation (<c>9</c>, <c>4000</c>, a pattern), or <see langword="null"/>.</param>
/// <param name="Actual">What the value has (<c>10</c>, <c>4002</c>, the discriminator), or <see langword="null"/>.</param>
/// <param name="Message">A sentence that says all of the above.</param>
/// <param name="Severity">Whether the server rejects it (<see cref="ViolationSeverity.Error"/>) or not.</param>
public sealed record ContractViolation(
    string Path,
    ContractRule Rule,
    string? Limit,
    string? Actual,
    string Message,
    ViolationSeverity Severity = ViolationSeverity.Error)
{
    /// <summary>The violation on one line, in the current UI culture's language, as <see cref="Message"/> is: <c>Error MaxItems at $.attachments: …</c>.</summary>
    public override string ToString()
    {
        var culture = CultureInfo.CurrentUICulture;
        var severity = ContractMessages.Severity(Severity.ToString()).ToString(culture);
        return ContractMessages.ViolationLine(severity, Rule.ToString(), Path, Message).ToString(culture);
    }
}
