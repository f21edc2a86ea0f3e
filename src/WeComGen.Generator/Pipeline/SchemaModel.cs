using WeComGen.Generator.Model;

namespace WeComGen.Generator.Pipeline;

/// <summary>A schema's model without its diagnostics: positions do not reach it, so a whitespace edit leaves it equal.</summary>
internal sealed record SchemaModel(string Path, ContractModel? Model);
