using System;
using System.Globalization;
using System.Text;

namespace WeComGen.Personalisation;

/// <summary>
/// Shortens text to a UTF-8 byte budget at a character boundary: whole text elements only (a letter with its
/// combining marks, a surrogate pair, an emoji sequence), so no UTF-8 sequence or surrogate pair is ever cut.
/// </summary>
public static class TextShortening
{
    /// <summary>What a shortened text ends with, when it fits.</summary>
    public const string Ellipsis = "…";

    /// <summary>
    /// <paramref name="text"/> when it fits in <paramref name="maxUtf8Bytes"/>; otherwise its longest prefix of whole
    /// text elements that fits with <see cref="Ellipsis"/> after it (without the ellipsis when even that does not fit).
    /// </summary>
    public static string ToUtf8Bytes(string text, int maxUtf8Bytes)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (maxUtf8Bytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxUtf8Bytes), maxUtf8Bytes, "A byte budget is at least 0.");
        }

        if (Encoding.UTF8.GetByteCount(text) <= maxUtf8Bytes)
        {
            return text;
        }

        var ellipsisBytes = Encoding.UTF8.GetByteCount(Ellipsis);
        var withEllipsis = maxUtf8Bytes >= ellipsisBytes;
        var budget = withEllipsis ? maxUtf8Bytes - ellipsisBytes : maxUtf8Bytes;
        var end = PrefixLength(text, budget);
        return withEllipsis ? text.Substring(0, end) + Ellipsis : text.Substring(0, end);
    }

    /// <summary>The length in chars of the longest prefix of whole text elements within <paramref name="budget"/> bytes.</summary>
    private static int PrefixLength(string text, int budget)
    {
        var end = 0;
        var used = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            used += Encoding.UTF8.GetByteCount(element);
            if (used > budget)
            {
                break;
            }

            end = elements.ElementIndex + element.Length;
        }

        return end;
    }
}
