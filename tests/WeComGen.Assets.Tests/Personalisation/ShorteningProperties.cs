using System.Globalization;
using System.Text;
using CsCheck;
using WeComGen.Personalisation;

namespace WeComGen.Assets.Tests.Personalisation;

/// <summary>
/// Shortening to a UTF-8 budget, for any text and any budget: it fits, it is whole text elements of the original
/// (never a cut UTF-8 sequence or surrogate pair), and it keeps as much as fits.
/// </summary>
public sealed class ShorteningProperties
{
    /// <summary>Code points of every UTF-8 length, with combining marks, joiners and emoji modifiers among them.</summary>
    private static readonly Gen<string> CodePoint = Gen.OneOf(
        Gen.Int['a', 'z'],
        Gen.Int[0x4E00, 0x9FFF],      // CJK: 3 bytes
        Gen.Int[0x0300, 0x036F],      // combining marks
        Gen.Int[0x1F300, 0x1F6FF],    // emoji: 4 bytes, a surrogate pair
        Gen.Int[0x1F3FB, 0x1F3FF],    // skin tones
        Gen.Const(0x200D),            // zero-width joiner
        Gen.Const(0xFE0F),            // variation selector
        Gen.Int[0x80, 0x7FF])         // 2 bytes
        .Select(char.ConvertFromUtf32);

    private static readonly Gen<string> Text = CodePoint.Array[0, 60].Select(points => string.Concat(points));

    [Fact]
    public void The_shortened_text_fits_is_whole_elements_of_the_original_and_is_the_longest_that_fits() =>
        Gen.Select(Text, Gen.Int[0, 200]).Sample((text, budget) =>
        {
            var shortened = TextShortening.ToUtf8Bytes(text, budget);

            Assert.True(Encoding.UTF8.GetByteCount(shortened) <= budget || shortened == text && Encoding.UTF8.GetByteCount(text) <= budget);
            if (shortened == text)
            {
                return;
            }

            var kept = shortened.EndsWith(TextShortening.Ellipsis, StringComparison.Ordinal) ? shortened[..^TextShortening.Ellipsis.Length] : shortened;
            var elements = Elements(text);
            var keptElements = Elements(kept);
            Assert.Equal(elements.Take(keptElements.Count), keptElements);
            Assert.False(HasLoneSurrogate(shortened));

            // One more element would not have fitted.
            var tail = shortened[kept.Length..];
            Assert.True(Encoding.UTF8.GetByteCount(kept + elements[keptElements.Count] + tail) > budget);
        });

    [Fact]
    public void A_greeting_always_fits_the_limit_whatever_the_name() =>
        Gen.Select(Text, Text, Gen.Int[1, 300]).Sample((name, state, limit) =>
        {
            var template = GreetingTemplate.Parse("{name}，您好！{{欢迎}} 来自 {state}");

            var text = template.Render(new Dictionary<string, string?> { ["name"] = name, ["state"] = state }, limit);

            Assert.True(Encoding.UTF8.GetByteCount(text) <= limit);
            Assert.False(HasLoneSurrogate(text));
        });

    [Fact]
    public void A_4000_byte_emoji_name_is_shortened_so_the_greeting_fits_and_keeps_its_words()
    {
        var name = string.Concat(Enumerable.Repeat("😀", 1000)); // 4,000 UTF-8 bytes
        var template = GreetingTemplate.Parse("{name}，您好！欢迎添加。");

        var text = template.Render(new Dictionary<string, string?> { ["name"] = name }, 4000);

        Assert.True(Encoding.UTF8.GetByteCount(text) <= 4000);
        Assert.EndsWith("…，您好！欢迎添加。", text);
        Assert.False(HasLoneSurrogate(text));
    }

    private static List<string> Elements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add((string)enumerator.Current);
        }

        return elements;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
