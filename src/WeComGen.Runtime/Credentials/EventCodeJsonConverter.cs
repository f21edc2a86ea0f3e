using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WeComGen.Credentials;

/// <summary>Writes an <see cref="EventCode"/> as the plain string the wire carries; reads one with an unknown receipt time.</summary>
public sealed class EventCodeJsonConverter : JsonConverter<EventCode>
{
    /// <inheritdoc/>
    public override EventCode? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => new EventCode(reader.GetString()!, null),
            _ => throw new JsonException($"Expected a string for an event code, found {reader.TokenType}."),
        };

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, EventCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
