using System.Collections.Generic;
using System.Globalization;
using System.Text;
using WeComGen.Generator.Diagnostics;

namespace WeComGen.Generator.Schema.Json;

/// <summary>
/// A strict RFC 8259 reader that keeps every value's position. The generator cannot use System.Text.Json
/// (it must load in every compiler host) and its diagnostics need line and column.
/// </summary>
internal sealed class JsonReader
{
    // Deep enough for any schema; shallow enough that a hostile file cannot exhaust the compiler's stack.
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _position;
    private int _depth;

    private JsonReader(string text) => _text = text;

    /// <summary>Reads one JSON value that spans the whole text, or throws <see cref="JsonSyntaxException"/>.</summary>
    public static JsonNode Read(string text)
    {
        var reader = new JsonReader(text);
        reader.SkipWhitespace();
        if (reader._position == text.Length)
        {
            throw new JsonSyntaxException(SchemaWords.FileEmpty(), 0);
        }

        var root = reader.ReadValue();
        reader.SkipWhitespace();
        if (reader._position != text.Length)
        {
            throw reader.Error(SchemaWords.TextAfterValue());
        }

        return root;
    }

    private JsonNode ReadValue()
    {
        if (_position >= _text.Length)
        {
            throw Error(SchemaWords.EndInsteadOfValue());
        }

        switch (_text[_position])
        {
            case '{':
                return ReadObject();
            case '[':
                return ReadArray();
            case '"':
                var start = _position;
                var value = ReadString();
                return JsonNode.String(start, _position - start, value);
            case 't':
                return ReadLiteral("true", JsonKind.True);
            case 'f':
                return ReadLiteral("false", JsonKind.False);
            case 'n':
                return ReadLiteral("null", JsonKind.Null);
            default:
                return ReadNumber();
        }
    }

    private JsonNode ReadObject()
    {
        var start = _position;
        Enter();
        _position++;
        var members = new List<JsonMember>();
        var names = new HashSet<string>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            _depth--;
            return JsonNode.Object(start, _position - start, members.ToArray());
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error(SchemaWords.PropertyNameExpected());
            }

            var nameStart = _position;
            var name = ReadString();
            var nameLength = _position - nameStart;
            if (!names.Add(name))
            {
                throw new JsonSyntaxException(SchemaWords.PropertyTwice(name), nameStart);
            }

            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            members.Add(new JsonMember(name, nameStart, nameLength, ReadValue()));
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect('}');
            _depth--;
            return JsonNode.Object(start, _position - start, members.ToArray());
        }
    }

    private JsonNode ReadArray()
    {
        var start = _position;
        Enter();
        _position++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            _depth--;
            return JsonNode.Array(start, _position - start, items.ToArray());
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue());
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect(']');
            _depth--;
            return JsonNode.Array(start, _position - start, items.ToArray());
        }
    }

    private string ReadString()
    {
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error(SchemaWords.UnterminatedString());
            }

            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw Error(SchemaWords.UnescapedControlCharacter());
            }

            if (c != '\\')
            {
                builder.Append(c);
                _position++;
                continue;
            }

            _position++;
            var escape = Peek();
            _position++;
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error(SchemaWords.BadUnicodeEscape());
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    _position--;
                    throw Error(SchemaWords.BadEscape());
            }
        }
    }

    private JsonNode ReadLiteral(string literal, JsonKind kind)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Error(SchemaWords.ValueExpected());
        }

        var start = _position;
        _position += literal.Length;
        return JsonNode.Literal(kind, start, literal.Length);
    }

    private JsonNode ReadNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else if (IsDigit(Peek()))
        {
            SkipDigits();
        }
        else
        {
            _position = start;
            throw Error(SchemaWords.ValueExpected());
        }

        if (Peek() == '.')
        {
            _position++;
            RequireDigits();
        }

        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            RequireDigits();
        }

        return JsonNode.Number(start, _position - start, _text.Substring(start, _position - start));
    }

    private void RequireDigits()
    {
        if (!IsDigit(Peek()))
        {
            throw Error(SchemaWords.DigitExpected());
        }

        SkipDigits();
    }

    private void SkipDigits()
    {
        while (IsDigit(Peek()))
        {
            _position++;
        }
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Error(SchemaWords.NestedTooDeep(MaxDepth.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private void Expect(char expected)
    {
        if (Peek() != expected)
        {
            throw Error(_position >= _text.Length ? SchemaWords.EndInsteadOf(expected.ToString()) : SchemaWords.Expected(expected.ToString()));
        }

        _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private JsonSyntaxException Error(MessagePart reason) => new(reason, _position);
}
