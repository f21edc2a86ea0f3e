using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace WeComGen.Personalisation;

/// <summary>
/// A greeting with placeholders: <c>{name}</c> (the customer's name), <c>{state}</c> (the contact-me state) and
/// <c>{member}</c> (the userid of the member who was added); <c>{{</c> and <c>}}</c> are literal braces. Rendered,
/// it always fits a byte limit: the name is shortened first, at a character boundary, then the whole text.
/// </summary>
public sealed class GreetingTemplate
{
    /// <summary>The placeholders a template may use.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["name", "state", "member"];

    private readonly IReadOnlyList<Segment> _segments;

    private GreetingTemplate(string text, IReadOnlyList<Segment> segments)
    {
        Text = text;
        _segments = segments;
    }

    /// <summary>The template as written.</summary>
    public string Text { get; }

    /// <summary>Whether the template uses <paramref name="placeholder"/>.</summary>
    public bool Uses(string placeholder) => _segments.Any(segment => segment.Placeholder == placeholder);

    /// <summary>Reads a template; an unknown or unclosed placeholder is a <see cref="FormatException"/> that names it.</summary>
    public static GreetingTemplate Parse(string template)
    {
        if (template is null)
        {
            throw new ArgumentNullException(nameof(template));
        }

        var segments = new List<Segment>();
        var literal = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                literal.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var close = template.IndexOf('}', i + 1);
                var name = close < 0 ? null : template.Substring(i + 1, close - i - 1);
                if (name is null || !Placeholders.Contains(name))
                {
                    throw new FormatException(close < 0
                        ? $"The greeting template has a '{{' at {i} that is not closed (write '{{{{' for a brace)."
                        : $"The greeting template uses {{{name}}}; the placeholders are {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))}.");
                }

                segments.Add(new Segment(literal.ToString(), null));
                segments.Add(new Segment(null, name));
                literal.Clear();
                i = close;
            }
            else if (c == '}')
            {
                throw new FormatException($"The greeting template has a '}}' at {i} that closes nothing (write '}}}}' for a brace).");
            }
            else
            {
                literal.Append(c);
            }
        }

        segments.Add(new Segment(literal.ToString(), null));
        return new GreetingTemplate(template, segments);
    }

    /// <summary>
    /// The greeting with each placeholder's value (a missing one is empty), within <paramref name="maxUtf8Bytes"/>:
    /// a name too long for the room the rest leaves is shortened, and if the rest alone is too long, the whole text is.
    /// </summary>
    public string Render(IReadOnlyDictionary<string, string?> values, int maxUtf8Bytes)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        string Value(string placeholder) => values.TryGetValue(placeholder, out var value) ? value ?? "" : "";
        var rest = string.Concat(_segments.Select(segment => segment.Literal ?? (segment.Placeholder == "name" ? "" : Value(segment.Placeholder!))));
        var names = _segments.Count(segment => segment.Placeholder == "name");
        var room = names == 0 ? 0 : (maxUtf8Bytes - Encoding.UTF8.GetByteCount(rest)) / names;
        var name = TextShortening.ToUtf8Bytes(Value("name"), Math.Max(0, room));
        var text = string.Concat(_segments.Select(segment => segment.Literal ?? (segment.Placeholder == "name" ? name : Value(segment.Placeholder!))));
        return TextShortening.ToUtf8Bytes(text, maxUtf8Bytes);
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    private readonly record struct Segment(string? Literal, string? Placeholder);
}
