namespace WeComGen.Generator.Emit;

/// <summary>One generated source file.</summary>
internal sealed record GeneratedFile(string HintName, string Source);
