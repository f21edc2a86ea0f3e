using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace WeComGen.Validation;

/// <summary>
/// Gathers the violations of one validation. Generated <c>Validate()</c> methods call one method per schema
/// rule, so the generated code stays small and every message comes from <see cref="ContractMessages"/>.
/// The collector keeps the way down to the value being checked (<see cref="Enter"/>, <see cref="EnterItem"/>,
/// <see cref="Leave"/>) and spells it as a JSON path only when it reports a violation: a valid value costs no
/// string building. Checks milder than it reports are not run at all, so asking only whether the server would
/// accept a value (<see cref="ViolationSeverity.Error"/>) skips the hints' patterns.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ViolationCollector
{
    private const int NoIndex = -1;

    private readonly List<(string Member, int Index)> _way = [];
    private readonly ViolationSeverity _mildest;
    private List<ContractViolation>? _violations;

    /// <summary>Creates a collector that reports violations at least as serious as <paramref name="mildest"/>.</summary>
    public ViolationCollector(ViolationSeverity mildest = ViolationSeverity.Info) => _mildest = mildest;

    /// <summary>The violations gathered so far, in the order they were found.</summary>
    public ValidationResult ToResult() =>
        _violations is null ? ValidationResult.Valid : new ValidationResult(_violations.ToArray());

    /// <summary>Goes down into <paramref name="member"/> of the current value; the next rules check its members.</summary>
    public void Enter(string member) => _way.Add((member, NoIndex));

    /// <summary>Goes down into item <paramref name="index"/> of the array <paramref name="member"/>.</summary>
    public void EnterItem(string member, int index) => _way.Add((member, index));

    /// <summary>Comes back up from the last <see cref="Enter"/> or <see cref="EnterItem"/>.</summary>
    public void Leave() => _way.RemoveAt(_way.Count - 1);

    /// <summary><c>required</c>: the member must be set (<paramref name="member"/> is <see langword="null"/> for the current value itself).</summary>
    public void Required(string? member, bool isSet)
    {
        if (!isSet)
        {
            var at = PathTo(member);
            Add(at, ContractRule.Required, null, null, ContractMessages.Required(at));
        }
    }

    /// <summary><c>minItems</c>.</summary>
    public void MinItems(string member, int count, int limit)
    {
        if (count < limit)
        {
            var at = PathTo(member);
            Add(at, ContractRule.MinItems, Text(limit), Text(count), ContractMessages.TooFewItems(at, count, limit));
        }
    }

    /// <summary><c>maxItems</c>.</summary>
    public void MaxItems(string member, int count, int limit)
    {
        if (count > limit)
        {
            var at = PathTo(member);
            Add(at, ContractRule.MaxItems, Text(limit), Text(count), ContractMessages.TooManyItems(at, count, limit));
        }
    }

    /// <summary><c>minLength</c>, counted in Unicode code points as JSON Schema counts them.</summary>
    public void MinLength(string member, string value, int limit)
    {
        // A string has at least as many UTF-16 units as code points, and at most twice as many.
        if (value.Length >= limit * 2L)
        {
            return;
        }

        var length = TextMeasure.Characters(value);
        if (length < limit)
        {
            var at = PathTo(member);
            Add(at, ContractRule.MinLength, Text(limit), Text(length), ContractMessages.TooShort(at, length, limit));
        }
    }

    /// <summary><c>maxLength</c>, counted in Unicode code points as JSON Schema counts them.</summary>
    public void MaxLength(string member, string value, int limit)
    {
        if (value.Length <= limit)
        {
            return;
        }

        var length = TextMeasure.Characters(value);
        if (length > limit)
        {
            var at = PathTo(member);
            Add(at, ContractRule.MaxLength, Text(limit), Text(length), ContractMessages.TooLong(at, length, limit));
        }
    }

    /// <summary><c>x-wecom-max-utf8-bytes</c>: the value's length once encoded as UTF-8.</summary>
    public void MaxUtf8Bytes(string member, string value, int limit)
    {
        // A UTF-16 unit never takes more than 3 UTF-8 bytes: a short string cannot break the limit.
        if ((long)value.Length * 3 <= limit)
        {
            return;
        }

        var bytes = TextMeasure.Utf8Bytes(value);
        if (bytes > limit)
        {
            var at = PathTo(member);
            Add(at, ContractRule.MaxUtf8Bytes, Text(limit), Text(bytes), ContractMessages.TooManyUtf8Bytes(at, bytes, TextMeasure.Characters(value), limit));
        }
    }

    /// <summary><c>pattern</c>.</summary>
    public void Pattern(string member, string value, string pattern)
    {
        if (!ContractPatterns.IsMatch(pattern, value))
        {
            var at = PathTo(member);
            Add(at, ContractRule.Pattern, pattern, value, ContractMessages.PatternMismatch(at, pattern));
        }
    }

    /// <summary><c>x-wecom-hint</c>: advisory, so a mismatch is a warning.</summary>
    public void Hint(string member, string value, string pattern, string message)
    {
        if (Reports(ViolationSeverity.Warning) && !ContractPatterns.IsMatch(pattern, value))
        {
            var at = PathTo(member);
            Add(at, ContractRule.Hint, pattern, value, ContractMessages.HintMismatch(at, message), ViolationSeverity.Warning);
        }
    }

    /// <summary><c>anyOf</c> of <c>required</c>: at least one of <paramref name="members"/> (wire names, for the message) must be set.</summary>
    public void AtLeastOneOf(string members, bool anySet)
    {
        if (!anySet)
        {
            var at = PathTo(null);
            Add(at, ContractRule.AtLeastOneOf, members, null, ContractMessages.NoneOf(at, members));
        }
    }

    /// <inheritdoc cref="Precedence(ReadOnlySpan{string})"/>
    public void Precedence(params string?[] setMembers) => Precedence((ReadOnlySpan<string?>)setMembers);

    /// <summary>
    /// <c>x-wecom-precedence</c>: <paramref name="setMembers"/> holds, in precedence order, the wire name of each
    /// member that is set and <see langword="null"/> for the others. The first set member is used; each other
    /// one is ignored by the server, which is reported as info. (Code compiled as C# 13 or later passes the
    /// members on the stack.)
    /// </summary>
    public void Precedence(params ReadOnlySpan<string?> setMembers)
    {
        if (!Reports(ViolationSeverity.Info))
        {
            return;
        }

        string? preferred = null;
        foreach (var member in setMembers)
        {
            if (member is null)
            {
                continue;
            }

            if (preferred is null)
            {
                preferred = member;
                continue;
            }

            Add(PathTo(member), ContractRule.Ignored, preferred, member, ContractMessages.Ignored(PathTo(null), member, preferred), ViolationSeverity.Info);
        }
    }

    /// <inheritdoc cref="Union(string, string, int, ReadOnlySpan{string})"/>
    public void Union(string discriminator, string? declared, int declaredNumber, params string?[] setPayloads) =>
        Union(discriminator, declared, declaredNumber, (ReadOnlySpan<string?>)setPayloads);

    /// <summary>
    /// <c>x-wecom-discriminator</c>: the discriminator member is <paramref name="declared"/> (its wire value, or
    /// <see langword="null"/> when the contract does not define the value, whose number is then
    /// <paramref name="declaredNumber"/>), and exactly its payload must be set. <paramref name="setPayloads"/>
    /// holds the wire value of each payload that is set and <see langword="null"/> for the others. (Code compiled
    /// as C# 13 or later passes the payloads on the stack: a union is checked once per item of an array.)
    /// </summary>
    public void Union(string discriminator, string? declared, int declaredNumber, params ReadOnlySpan<string?> setPayloads)
    {
        if (declared is null)
        {
            var at = PathTo(discriminator);
            Add(at, ContractRule.Discriminator, null, Text(declaredNumber), ContractMessages.UnknownVariant(at, Text(declaredNumber)));
            return;
        }

        string? first = null;
        var count = 0;
        foreach (var payload in setPayloads)
        {
            if (payload is not null)
            {
                first ??= payload;
                count++;
            }
        }

        if (count > 1)
        {
            var at = PathTo(null);
            var payloads = JoinNonNull(setPayloads);
            Add(at, ContractRule.Discriminator, declared, payloads, ContractMessages.SeveralVariants(at, payloads));
        }
        else if (first is null)
        {
            Add(PathTo(declared), ContractRule.Discriminator, declared, null, ContractMessages.VariantMissing(PathTo(discriminator), declared));
        }
        else if (first != declared)
        {
            var at = PathTo(discriminator);
            Add(at, ContractRule.Discriminator, declared, first, ContractMessages.DiscriminatorMismatch(at, declared, first));
        }
    }

    // Severities are declared from the most serious (Error) to the mildest (Info).
    private bool Reports(ViolationSeverity severity) => severity <= _mildest;

    /// <summary>The JSON path of <paramref name="member"/> of the current value, or of the current value itself.</summary>
    private string PathTo(string? member)
    {
        var path = new StringBuilder("$");
        foreach (var (name, index) in _way)
        {
            path.Append('.').Append(name);
            if (index != NoIndex)
            {
                path.Append('[').Append(Text(index)).Append(']');
            }
        }

        if (member is not null)
        {
            path.Append('.').Append(member);
        }

        return path.ToString();
    }

    private static string JoinNonNull(ReadOnlySpan<string?> values)
    {
        var joined = new StringBuilder();
        foreach (var value in values)
        {
            if (value is not null)
            {
                joined.Append(joined.Length == 0 ? "" : ", ").Append(value);
            }
        }

        return joined.ToString();
    }

    private void Add(string path, ContractRule rule, string? limit, string? actual, ContractMessage message, ViolationSeverity severity = ViolationSeverity.Error) =>
        (_violations ??= []).Add(new ContractViolation(path, rule, limit, actual, message.ToString(CultureInfo.CurrentUICulture), severity));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
