using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace WeComGen.Generator.Tests.Infrastructure;

/// <summary>
/// The default schema with every text-bearing keyword replaced: JSON trees are edited with placeholders, and the
/// texts are written back as JSON literals escaped by hand, so any UTF-16 text (lone surrogates, U+FFFE, controls)
/// reaches the generator exactly.
/// </summary>
internal static class SchemaText
{
    /// <summary>Keywords whose string value is prose (or an opaque label) that generated code may carry.</summary>
    public static readonly string[] TextKeywords = ["description", "title", "meaning", "errmsg", "hint", "message", "issuedBy"];

    /// <summary>How many text slots the default schema has, plus one: the wire name of an extra, undocumented property.</summary>
    public static int SlotCount { get; } = Slots(JsonNode.Parse(GeneratorHarness.DefaultSchema)!).Count + 1;

    /// <summary>The default schema with slot i's text set to <paramref name="texts"/>[i]; the last text names an extra property of Text.</summary>
    public static string With(IReadOnlyList<string> texts)
    {
        var root = JsonNode.Parse(GeneratorHarness.DefaultSchema)!;
        var slots = Slots(root);
        for (var i = 0; i < slots.Count; i++)
        {
            var (parent, key) = slots[i];
            parent[key] = Placeholder(i);
        }

        var extra = new JsonObject { ["type"] = "string", ["x-wecom-csharp-name"] = "Extra" };
        ((JsonObject)root["$defs"]!["Text"]!["properties"]!).Add(Placeholder(slots.Count), extra);

        var json = root.ToJsonString();
        for (var i = 0; i < texts.Count; i++)
        {
            json = json.Replace(Quoted(Placeholder(i)), JsonLiteral(texts[i]));
        }

        return json;
    }

    /// <summary>A JSON string literal of <paramref name="text"/>: everything outside printable ASCII as <c>\uXXXX</c>.</summary>
    public static string JsonLiteral(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c is >= ' ' and <= '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }

    private static string Placeholder(int index) => "@@text" + index.ToString(CultureInfo.InvariantCulture) + "@@";

    private static string Quoted(string placeholder) => "\"" + placeholder + "\"";

    private static List<(JsonObject Parent, string Key)> Slots(JsonNode root)
    {
        var slots = new List<(JsonObject, string)>();
        Walk(root, slots);
        return slots;
    }

    private static void Walk(JsonNode? node, List<(JsonObject, string)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out _) && TextKeywords.Contains(key))
                    {
                        slots.Add((obj, key));
                    }
                    else
                    {
                        Walk(value, slots);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, slots);
                }

                break;
        }
    }
}
