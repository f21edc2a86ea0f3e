using System.Text;

namespace WeComGen.Validation;

/// <summary>
/// How the contract measures text: limits on bytes count UTF-8 bytes, limits on length count characters
/// as JSON Schema does (Unicode code points, so a surrogate pair is one character). The runtime validator
/// and the analyzers both compile this file, so they count alike.
/// </summary>
internal static class TextMeasure
{
    public static int Utf8Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    public static int Characters(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                count++;
            }
        }

        return count;
    }
}
