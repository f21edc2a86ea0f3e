using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Schema.Json;

namespace WeComGen.Generator.Schema;

/// <summary>
/// Walks every schema object of a file and checks its keywords against the <see cref="Vocabulary"/>: known,
/// in the right place, with a value of the right shape, limits that can all hold. The model builder then
/// reads values without checking their shapes again.
/// </summary>
internal sealed class VocabularyChecker(DiagnosticBag diagnostics)
{
    private const int MaxCheckedPatterns = 1024;

    private static readonly string[] Types = ["object", "string", "integer", "number", "boolean", "array"];

    private static readonly ConcurrentDictionary<string, bool> CheckedPatterns = new(StringComparer.Ordinal);

    public void CheckRoot(JsonNode root)
    {
        CheckSchema(root, "#", isRoot: true);
    }

    /// <summary>Checks the keys of a vocabulary object (an endpoint, a credential, a hint, an error row).</summary>
    public void CheckKeys(JsonNode node, IReadOnlyDictionary<string, ValueShape> keys, MessagePart where)
    {
        foreach (var member in node.Members)
        {
            if (keys.TryGetValue(member.Name, out var shape))
            {
                CheckShape(member, shape, where);
            }
            else
            {
                ReportUnknown(member, where, keys.Keys, null);
            }
        }
    }

    private void CheckSchema(JsonNode node, string where, bool isRoot)
    {
        if (node.Kind is JsonKind.True or JsonKind.False)
        {
            return;
        }

        if (node.Kind != JsonKind.Object)
        {
            diagnostics.Report(SchemaDiagnostics.WrongValueType, node, where, SchemaWords.ASchemaObject(), node.Describe());
            return;
        }

        foreach (var member in node.Members)
        {
            var name = member.Name;
            if (Vocabulary.SchemaKeywords.TryGetValue(name, out var shape) || (isRoot && Vocabulary.RootKeywords.TryGetValue(name, out shape)))
            {
                if (CheckShape(member, shape, where))
                {
                    Descend(member, shape, where + "/" + Escape(name));
                }
            }
            else if (Vocabulary.RootKeywords.ContainsKey(name))
            {
                diagnostics.Report(SchemaDiagnostics.UnknownKeyword, member, name, where, SchemaWords.BelongsAtRoot());
            }
            else if (!name.StartsWith("x-", StringComparison.Ordinal) || name.StartsWith("x-wecom", StringComparison.Ordinal))
            {
                // Other vendors' x- extensions are theirs to define; a misspelt x-wecom- one would silently lose a rule.
                ReportUnknown(member, where, Vocabulary.SchemaKeywords.Keys, isRoot ? Vocabulary.RootKeywords.Keys : null);
            }
        }

        CheckType(node);
        CheckLimits(node);
    }

    private void Descend(JsonMember member, ValueShape shape, string where)
    {
        switch (shape)
        {
            case ValueShape.Schema:
            case ValueShape.SchemaOrBoolean:
                CheckSchema(member.Value, where, isRoot: false);
                break;
            case ValueShape.SchemaMap:
                foreach (var entry in member.Value.Members)
                {
                    CheckSchema(entry.Value, where + "/" + Escape(entry.Name), isRoot: false);
                }

                break;
            case ValueShape.SchemaArray:
                for (var i = 0; i < member.Value.Items.Count; i++)
                {
                    CheckSchema(member.Value.Items[i], where + "/" + i, isRoot: false);
                }

                break;
            default:
                if (member.Name == "x-wecom-credential")
                {
                    CheckKeys(member.Value, Vocabulary.CredentialKeys, where);
                }
                else if (member.Name == "x-wecom-valid-for")
                {
                    CheckKeys(member.Value, Vocabulary.ValidForKeys, where);
                }
                else if (member.Name == "x-wecom-file")
                {
                    CheckKeys(member.Value, Vocabulary.FileKeys, where);
                    if (member.Value.Get("variants") is { Kind: JsonKind.Object } variants)
                    {
                        foreach (var variant in variants.Members)
                        {
                            if (variant.Value.Kind == JsonKind.Object)
                            {
                                CheckKeys(variant.Value, Vocabulary.FileVariantKeys, SchemaWords.TheFileVariant(variant.Name));
                            }
                            else
                            {
                                diagnostics.Report(SchemaDiagnostics.WrongValueType, variant.Value, variant.Name, SchemaWords.AFileRule(), variant.Value.Describe());
                            }
                        }
                    }
                }
                else if (member.Name == "x-wecom-in" || member.Name == "x-wecom-number")
                {
                    CheckChoice(member, member.Name == "x-wecom-in" ? Vocabulary.Placements : Vocabulary.NumberFormats);
                }
                else if (member.Name == "x-wecom-hint")
                {
                    var hints = member.Value.Kind == JsonKind.Array ? member.Value.Items : [member.Value];
                    foreach (var hint in hints)
                    {
                        if (hint.Kind == JsonKind.Object)
                        {
                            CheckKeys(hint, Vocabulary.HintKeys, where);
                        }
                    }
                }

                break;
        }
    }

    /// <summary>Checks a value's shape; returns whether it is right.</summary>
    private bool CheckShape(JsonMember member, ValueShape shape, MessagePart where)
    {
        var value = member.Value;
        var expected = shape switch
        {
            ValueShape.String when value.Kind != JsonKind.String => SchemaWords.AString(),
            ValueShape.Boolean when value.Kind is not (JsonKind.True or JsonKind.False) => SchemaWords.TrueOrFalse(),
            ValueShape.NonNegativeInteger when !value.TryGetInt32(out _) => SchemaWords.ANonNegativeInteger(),
            ValueShape.Schema when value.Kind != JsonKind.Object => SchemaWords.ASchemaObject(),
            ValueShape.SchemaOrBoolean when value.Kind is not (JsonKind.Object or JsonKind.True or JsonKind.False) => SchemaWords.ASchemaOrBoolean(),
            ValueShape.SchemaMap or ValueShape.Object when value.Kind != JsonKind.Object => SchemaWords.AnObject(),
            ValueShape.SchemaArray or ValueShape.Array when value.Kind != JsonKind.Array => SchemaWords.AnArray(),
            ValueShape.StringArray when value.Kind != JsonKind.Array || !AllStrings(value) => SchemaWords.AnArrayOfStrings(),
            ValueShape.ObjectOrArray when value.Kind is not (JsonKind.Object or JsonKind.Array) => SchemaWords.AnObjectOrArrayOfObjects(),
            ValueShape.StringOrStringArray when value.Kind != JsonKind.String && (value.Kind != JsonKind.Array || !AllStrings(value)) => SchemaWords.AStringOrArrayOfStrings(),
            _ => (MessagePart?)null,
        };

        if (expected is not null)
        {
            diagnostics.Report(SchemaDiagnostics.WrongValueType, value, member.Name, expected, value.Describe());
            return false;
        }

        if (shape == ValueShape.NonNegativeInteger && value.TryGetInt32(out var limit) && limit < 0)
        {
            diagnostics.Report(SchemaDiagnostics.ContradictoryLimits, value, SchemaWords.NegativeLimit(member.Name, limit.ToString(CultureInfo.InvariantCulture)));
            return false;
        }

        if (member.Name == "pattern" && !IsRegex(value.Text!))
        {
            diagnostics.Report(SchemaDiagnostics.WrongValueType, value, member.Name, SchemaWords.AValidRegex(), SchemaWords.Quoted(value.Text!));
            return false;
        }

        return true;
    }

    /// <summary>A keyword whose string must be one of <paramref name="choices"/>; a near miss gets a did-you-mean.</summary>
    private void CheckChoice(JsonMember member, string[] choices)
    {
        var text = member.Value.Text!;
        if (Array.IndexOf(choices, text) < 0)
        {
            var closest = Suggestions.Closest(text, choices);
            var found = closest is null ? SchemaWords.Quoted(text) : SchemaWords.QuotedDidYouMean(text, closest);
            diagnostics.Report(SchemaDiagnostics.WrongValueType, member.Value, member.Name, OneOf(choices), found);
        }
    }

    private void CheckType(JsonNode node)
    {
        var type = node.Find("type");
        if (type is null)
        {
            return;
        }

        if (type.Value.Kind == JsonKind.Array)
        {
            diagnostics.Report(SchemaDiagnostics.Unsupported, type.Value, SchemaWords.AListOfTypes(), SchemaWords.OneTypePerSchema());
        }
        else if (type.Value.Kind != JsonKind.String || Array.IndexOf(Types, type.Value.Text) < 0)
        {
            var found = type.Value.Kind == JsonKind.String ? SchemaWords.Quoted(type.Value.Text!) : type.Value.Describe();
            diagnostics.Report(SchemaDiagnostics.WrongValueType, type.Value, "type", OneOf(Types), found);
        }
    }

    private void CheckLimits(JsonNode node)
    {
        CheckOrder(node, "minItems", "maxItems");
        CheckOrder(node, "minLength", "maxLength");
        if (Limit(node, "minLength") is { } minLength && Limit(node, "x-wecom-max-utf8-bytes") is { } bytes && bytes < minLength)
        {
            diagnostics.Report(
                SchemaDiagnostics.ContradictoryLimits,
                node.Get("x-wecom-max-utf8-bytes")!,
                SchemaWords.BytesBelowMinLength(bytes.ToString(CultureInfo.InvariantCulture), minLength.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private void CheckOrder(JsonNode node, string min, string max)
    {
        if (Limit(node, min) is { } low && Limit(node, max) is { } high && low > high)
        {
            diagnostics.Report(SchemaDiagnostics.ContradictoryLimits, node.Get(max)!, SchemaWords.NoValueFits(min, low.ToString(CultureInfo.InvariantCulture), max, high.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static int? Limit(JsonNode node, string keyword) =>
        node.Get(keyword) is { } value && value.TryGetInt32(out var limit) && limit >= 0 ? limit : null;

    /// <summary>"one of" the choices, each quoted as the schema writes it.</summary>
    private static MessagePart OneOf(string[] choices) => SchemaWords.OneOf("\"" + string.Join("\", \"", choices) + "\"");

    private void ReportUnknown(JsonMember member, MessagePart where, IEnumerable<string> known, IEnumerable<string>? alsoKnown)
    {
        var candidates = new List<string>(known);
        if (alsoKnown is not null)
        {
            candidates.AddRange(alsoKnown);
        }

        var closest = Suggestions.Closest(member.Name, candidates);
        diagnostics.Report(SchemaDiagnostics.UnknownKeyword, member, member.Name, where, closest is null ? string.Empty : SchemaWords.DidYouMean(closest));
    }

    private static bool AllStrings(JsonNode array)
    {
        foreach (var item in array.Items)
        {
            if (item.Kind != JsonKind.String)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a schema pattern compiles; a broken one would otherwise throw in every validator.</summary>
    public static bool IsRegex(string pattern)
    {
        // Parsing a pattern costs far more than the rest of its schema; schemas repeat their patterns.
        if (CheckedPatterns.TryGetValue(pattern, out var valid))
        {
            return valid;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
            valid = true;
        }
        catch (ArgumentException)
        {
            valid = false;
        }

        if (CheckedPatterns.Count < MaxCheckedPatterns)
        {
            CheckedPatterns[pattern] = valid;
        }

        return valid;
    }

    private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");
}
