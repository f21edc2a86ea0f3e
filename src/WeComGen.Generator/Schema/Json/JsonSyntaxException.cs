using System;
using System.Globalization;
using WeComGen.Generator.Diagnostics;

namespace WeComGen.Generator.Schema.Json;

/// <summary>The text is not JSON; <see cref="Reason"/> says why (worded with the diagnostic), <see cref="Position"/> is where reading stopped.</summary>
internal sealed class JsonSyntaxException(MessagePart reason, int position) : Exception(reason.ToString(CultureInfo.InvariantCulture))
{
    public MessagePart Reason { get; } = reason;

    public int Position { get; } = position;
}
