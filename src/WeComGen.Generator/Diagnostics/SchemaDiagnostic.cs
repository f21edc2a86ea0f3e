using WeComGen.Generator.Model;

namespace WeComGen.Generator.Diagnostics;

/// <summary>
/// A diagnostic as the pipeline carries it: equatable data (an ID, message arguments, a position in the
/// schema file; the arguments' own words are worded with the message) rather than a Roslyn <c>Diagnostic</c>, whose <c>Location</c> would defeat caching.
/// </summary>
internal sealed record SchemaDiagnostic(string Id, EquatableArray<MessagePart> Arguments, SourceSpan Span);

/// <summary>Where in a schema file: offsets and zero-based line/column of both ends.</summary>
internal readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);
