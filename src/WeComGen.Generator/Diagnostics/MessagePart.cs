using System;
using System.Globalization;
using WeComGen.Generator.Model;

namespace WeComGen.Generator.Diagnostics;

/// <summary>
/// What the generator fills into a diagnostic's message: text as the schema writes it (a name, a keyword, a value),
/// or words of its own (<see cref="SchemaWords"/>), kept as a resource name and its own parts so that they are worded
/// in the language the message is, when the compiler words it. Equatable, so the pipeline caches diagnostics.
/// </summary>
internal sealed record MessagePart(string Text, bool IsWords, EquatableArray<MessagePart> Arguments)
{
    /// <summary>Text as written: a name, a keyword, schema text.</summary>
    public static implicit operator MessagePart(string text) => new(text, false, EquatableArray<MessagePart>.Empty);

    /// <summary>SchemaWords.resx's <paramref name="resource"/>, filled with <paramref name="arguments"/>.</summary>
    public static MessagePart Words(string resource, params MessagePart[] arguments) => new(resource, true, new EquatableArray<MessagePart>(arguments));

    /// <summary>The part in the language of <paramref name="formatProvider"/> (a culture; the current UI culture when it is not one).</summary>
    public string ToString(IFormatProvider? formatProvider)
    {
        if (!IsWords)
        {
            return Text;
        }

        var format = SchemaWords.Resources.GetString(Text, formatProvider as CultureInfo) ?? Text;
        var arguments = new object[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i].ToString(formatProvider);
        }

        return string.Format(formatProvider, format, arguments);
    }

    /// <summary>The argument Roslyn formats into a message: the text itself, or words it asks for in the message's culture.</summary>
    public object ToArgument() => IsWords ? new Localized(this) : Text;

    /// <summary>Roslyn formats a message's arguments with the culture it words the message in; this words the part then.</summary>
    private sealed class Localized(MessagePart part) : Microsoft.CodeAnalysis.LocalizableString
    {
        protected override string GetText(IFormatProvider? formatProvider) => part.ToString(formatProvider);

        protected override bool AreEqual(object? other) => other is Localized localized && localized.Part.Equals(part);

        protected override int GetHash() => part.GetHashCode();

        private MessagePart Part => part;
    }
}
