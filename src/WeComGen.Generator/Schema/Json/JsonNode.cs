using System.Collections.Generic;
using System.Globalization;
using WeComGen.Generator.Diagnostics;

namespace WeComGen.Generator.Schema.Json;

/// <summary>The kinds of JSON value.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// One JSON value of a schema file with where it is in the text, so schema diagnostics can point at it.
/// Immutable; lives only while one schema is parsed (the model never holds it).
/// </summary>
internal sealed class JsonNode
{
    private static readonly JsonMember[] NoMembers = [];
    private static readonly JsonNode[] NoItems = [];

    private JsonNode(JsonKind kind, int start, int length, string? text, JsonMember[] members, JsonNode[] items)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Text = text;
        Members = members;
        Items = items;
    }

    public JsonKind Kind { get; }

    /// <summary>The offset of the value's first character.</summary>
    public int Start { get; }

    /// <summary>The value's length in characters.</summary>
    public int Length { get; }

    /// <summary>A string's value, or a number's literal text.</summary>
    public string? Text { get; }

    /// <summary>An object's members in file order.</summary>
    public IReadOnlyList<JsonMember> Members { get; }

    /// <summary>An array's items.</summary>
    public IReadOnlyList<JsonNode> Items { get; }

    public static JsonNode Object(int start, int length, JsonMember[] members) => new(JsonKind.Object, start, length, null, members, NoItems);

    public static JsonNode Array(int start, int length, JsonNode[] items) => new(JsonKind.Array, start, length, null, NoMembers, items);

    public static JsonNode String(int start, int length, string value) => new(JsonKind.String, start, length, value, NoMembers, NoItems);

    public static JsonNode Number(int start, int length, string literal) => new(JsonKind.Number, start, length, literal, NoMembers, NoItems);

    public static JsonNode Literal(JsonKind kind, int start, int length) => new(kind, start, length, null, NoMembers, NoItems);

    /// <summary>The member named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public JsonMember? Find(string name)
    {
        foreach (var member in Members)
        {
            if (member.Name == name)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The value of the member named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public JsonNode? Get(string name) => Find(name)?.Value;

    /// <summary>The number as an <see cref="int"/> when it is an integer in range (<c>9</c> and <c>9.0</c> both are).</summary>
    public bool TryGetInt32(out int value)
    {
        value = 0;
        if (Kind != JsonKind.Number
            || !double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || number != System.Math.Floor(number)
            || number < int.MinValue
            || number > int.MaxValue)
        {
            return false;
        }

        value = (int)number;
        return true;
    }

    /// <summary>What kind of value this is, for messages.</summary>
    public MessagePart Describe() => Kind switch
    {
        JsonKind.Object => SchemaWords.AnObject(),
        JsonKind.Array => SchemaWords.AnArray(),
        JsonKind.String => SchemaWords.AString(),
        JsonKind.Number => SchemaWords.ANumber(),
        JsonKind.Null => "null",
        _ => SchemaWords.ABoolean(),
    };
}

/// <summary>A member of a JSON object: its name, where the name is, and its value.</summary>
internal sealed class JsonMember(string name, int nameStart, int nameLength, JsonNode value)
{
    public string Name { get; } = name;

    public int NameStart { get; } = nameStart;

    public int NameLength { get; } = nameLength;

    public JsonNode Value { get; } = value;
}
