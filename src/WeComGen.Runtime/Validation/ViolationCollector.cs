using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace WeComGen.Validation;

/// <summary>
/// Gathers the violations of one validation. Generated <c>Validate()</c> methods call one method per schema
/// rule, so the generated code stays small and every message comes from <see cref="ContractMessages"/>.
/// Each rule takes the owner's JSON path and the member's wire name; the member's path is built only when
/// a violation is reported, so a valid value costs no string building.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ViolationCollector
{
    private readonly List<ContractViolation> _violations = [];

    /// <summary>The violations gathered so far, in the order they were found.</summary>
    public ValidationResult ToResult() =>
        _violations.Count == 0 ? ValidationResult.Valid : new ValidationResult(_violations.ToArray());

    /// <summary><c>required</c>: the member must be set (<paramref name="member"/> is <see langword="null"/> when <paramref name="path"/> is the member's own).</summary>
    public void Required(string path, string? member, bool isSet)
    {
        if (!isSet)
        {
            var at = At(path, member);
            Add(at, ContractRule.Required, null, null, ContractMessages.Required(at));
        }
    }

    /// <summary><c>minItems</c>.</summary>
    public void MinItems(string path, string member, int count, int limit)
    {
        if (count < limit)
        {
            var at = At(path, member);
            Add(at, ContractRule.MinItems, Text(limit), Text(count), ContractMessages.TooFewItems(at, count, limit));
        }
    }

    /// <summary><c>maxItems</c>.</summary>
    public void MaxItems(string path, string member, int count, int limit)
    {
        if (count > limit)
        {
            var at = At(path, member);
            Add(at, ContractRule.MaxItems, Text(limit), Text(count), ContractMessages.TooManyItems(at, count, limit));
        }
    }

    /// <summary><c>minLength</c>, counted in Unicode code points as JSON Schema counts them.</summary>
    public void MinLength(string path, string member, string value, int limit)
    {
        var length = TextMeasure.Characters(value);
        if (length < limit)
        {
            var at = At(path, member);
            Add(at, ContractRule.MinLength, Text(limit), Text(length), ContractMessages.TooShort(at, length, limit));
        }
    }

    /// <summary><c>maxLength</c>, counted in Unicode code points as JSON Schema counts them.</summary>
    public void MaxLength(string path, string member, string value, int limit)
    {
        if (value.Length <= limit)
        {
            return;
        }

        var length = TextMeasure.Characters(value);
        if (length > limit)
        {
            var at = At(path, member);
            Add(at, ContractRule.MaxLength, Text(limit), Text(length), ContractMessages.TooLong(at, length, limit));
        }
    }

    /// <summary><c>x-wecom-max-utf8-bytes</c>: the value's length once encoded as UTF-8.</summary>
    public void MaxUtf8Bytes(string path, string member, string value, int limit)
    {
        // A UTF-16 unit never takes more than 3 UTF-8 bytes: a short string cannot break the limit.
        if ((long)value.Length * 3 <= limit)
        {
            return;
        }

        var bytes = TextMeasure.Utf8Bytes(value);
        if (bytes > limit)
        {
            var at = At(path, member);
            Add(at, ContractRule.MaxUtf8Bytes, Text(limit), Text(bytes), ContractMessages.TooManyUtf8Bytes(at, bytes, TextMeasure.Characters(value), limit));
        }
    }

    /// <summary><c>pattern</c>.</summary>
    public void Pattern(string path, string member, string value, string pattern)
    {
        if (!ContractPatterns.IsMatch(pattern, value))
        {
            var at = At(path, member);
            Add(at, ContractRule.Pattern, pattern, value, ContractMessages.PatternMismatch(at, pattern));
        }
    }

    /// <summary><c>x-wecom-hint</c>: advisory, so a mismatch is a warning.</summary>
    public void Hint(string path, string member, string value, string pattern, string message)
    {
        if (!ContractPatterns.IsMatch(pattern, value))
        {
            var at = At(path, member);
            Add(at, ContractRule.Hint, pattern, value, ContractMessages.HintMismatch(at, message), ViolationSeverity.Warning);
        }
    }

    /// <summary><c>anyOf</c> of <c>required</c>: at least one of <paramref name="members"/> (wire names, for the message) must be set.</summary>
    public void AtLeastOneOf(string path, string members, bool anySet)
    {
        if (!anySet)
        {
            Add(path, ContractRule.AtLeastOneOf, members, null, ContractMessages.NoneOf(path, members));
        }
    }

    /// <summary>
    /// <c>x-wecom-precedence</c>: <paramref name="setMembers"/> holds, in precedence order, the wire name of each
    /// member that is set and <see langword="null"/> for the others. The first set member is used; each other
    /// one is ignored by the server, which is reported as info.
    /// </summary>
    public void Precedence(string path, params string?[] setMembers)
    {
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

            Add(At(path, member), ContractRule.Ignored, preferred, member, ContractMessages.Ignored(path, member, preferred), ViolationSeverity.Info);
        }
    }

    /// <summary>
    /// <c>x-wecom-discriminator</c>: the discriminator member is <paramref name="declared"/> (its wire value, or
    /// <see langword="null"/> when the contract does not define the value; <paramref name="declaredRaw"/> then
    /// says what it is), and exactly its payload must be set. <paramref name="setPayloads"/> holds the wire
    /// value of each payload that is set and <see langword="null"/> for the others.
    /// </summary>
    public void Union(string path, string discriminator, string? declared, string declaredRaw, params string?[] setPayloads)
    {
        var discriminatorPath = At(path, discriminator);
        if (declared is null)
        {
            Add(discriminatorPath, ContractRule.Discriminator, null, declaredRaw, ContractMessages.UnknownVariant(discriminatorPath, declaredRaw));
            return;
        }

        var set = new List<string>(setPayloads.Length);
        foreach (var payload in setPayloads)
        {
            if (payload is not null)
            {
                set.Add(payload);
            }
        }

        if (set.Count > 1)
        {
            var payloads = string.Join(", ", set);
            Add(path, ContractRule.Discriminator, declared, payloads, ContractMessages.SeveralVariants(path, payloads));
        }
        else if (set.Count == 0)
        {
            Add(At(path, declared), ContractRule.Discriminator, declared, null, ContractMessages.VariantMissing(discriminatorPath, declared));
        }
        else if (set[0] != declared)
        {
            Add(discriminatorPath, ContractRule.Discriminator, declared, set[0], ContractMessages.DiscriminatorMismatch(discriminatorPath, declared, set[0]));
        }
    }

    /// <summary>The path of an array item, for the items' own checks.</summary>
    public static string Item(string path, string member, int index) =>
        At(path, member) + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The path of a member below <paramref name="path"/>.</summary>
    public static string At(string path, string? member) => member is null ? path : path + "." + member;

    private void Add(string path, ContractRule rule, string? limit, string? actual, string message, ViolationSeverity severity = ViolationSeverity.Error) =>
        _violations.Add(new ContractViolation(path, rule, limit, actual, message, severity));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
