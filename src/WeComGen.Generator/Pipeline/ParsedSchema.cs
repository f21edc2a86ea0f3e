using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Model;

namespace WeComGen.Generator.Pipeline;

/// <summary>One schema file read: its model when it has no errors, and its diagnostics.</summary>
/// <param name="Path">The schema file's path, for diagnostic locations.</param>
/// <param name="Model">The model, or <see langword="null"/> when the file has errors (then nothing is generated).</param>
/// <param name="Diagnostics">Every mistake found, with its position.</param>
internal sealed record ParsedSchema(string Path, ContractModel? Model, EquatableArray<SchemaDiagnostic> Diagnostics);
