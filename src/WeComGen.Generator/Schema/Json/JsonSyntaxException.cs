using System;

namespace WeComGen.Generator.Schema.Json;

/// <summary>The text is not JSON; <see cref="Position"/> is where reading stopped.</summary>
internal sealed class JsonSyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
