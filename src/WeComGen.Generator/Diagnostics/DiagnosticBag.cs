using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using WeComGen.Generator.Model;
using WeComGen.Generator.Schema.Json;

namespace WeComGen.Generator.Diagnostics;

/// <summary>Collects the diagnostics of one schema file, turning JSON positions into spans.</summary>
internal sealed class DiagnosticBag(LineMap lines)
{
    private readonly List<SchemaDiagnostic> _items = [];

    public bool HasErrors => _items.Count > 0;

    /// <summary>Reports at a value.</summary>
    public void Report(DiagnosticDescriptor descriptor, JsonNode at, params MessagePart[] arguments) =>
        Report(descriptor, at.Start, at.Length, arguments);

    /// <summary>Reports at a member's name.</summary>
    public void Report(DiagnosticDescriptor descriptor, JsonMember at, params MessagePart[] arguments) =>
        Report(descriptor, at.NameStart, at.NameLength, arguments);

    public void Report(DiagnosticDescriptor descriptor, int start, int length, params MessagePart[] arguments)
    {
        var (startLine, startColumn) = lines.Position(start);
        var (endLine, endColumn) = lines.Position(start + length);
        _items.Add(new SchemaDiagnostic(descriptor.Id, new EquatableArray<MessagePart>(arguments), new SourceSpan(start, length, startLine, startColumn, endLine, endColumn)));
    }

    public EquatableArray<SchemaDiagnostic> ToArray() => _items.ToEquatableArray();
}
