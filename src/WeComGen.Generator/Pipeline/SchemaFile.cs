namespace WeComGen.Generator.Pipeline;

/// <summary>A schema file's path and text: the first equatable step, so an unchanged file stops the pipeline there.</summary>
internal sealed record SchemaFile(string Path, string? Text);
