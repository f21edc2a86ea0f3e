using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests;

/// <summary>
/// A project that references a project generating a contract, and has the same schema itself, uses the referenced
/// types (WCG020) instead of generating a second copy; a different contract of the same name is WCG021.
/// </summary>
public class SeveralProjectsTests
{
    private const string UsesTheContract = "namespace Consumer { /// <summary>Uses.</summary>\n public static class Use { /// <summary>Makes.</summary>\n public static object Make() => new WeComGen.ExternalContact.Text { Content = \"hi\" }; } }";

    [Fact]
    public void The_generated_assembly_is_marked_with_its_contract()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema);
        var marker = run.Source("WeComGen.ExternalContact.ExternalContact.GeneratedContract.g.cs");
        Assert.Contains("[assembly: global::WeComGen.Metadata.GeneratedContract(\"ExternalContact\", \"WeComGen.ExternalContact\", \"", marker);
    }

    [Fact]
    public void The_same_contract_in_a_referenced_assembly_is_used_and_not_generated_again()
    {
        var library = Library(GeneratorHarness.DefaultSchema);
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, Application(library));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("WCG020", DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("already generated, identically, by the referenced assembly Library", diagnostic.GetMessage());
        Assert.Empty(run.Sources);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void The_hash_is_the_same_whether_or_not_the_project_has_required_members_or_declares_the_types_internal()
    {
        var model = Schema.SchemaReader.Read(GeneratorHarness.SchemaPath, GeneratorHarness.DefaultSchema).Model!;
        var internalModel = model with { Accessibility = "internal" };

        var net8 = Emit.ContractMarkerEmitter.Hash(model, Emit.ContractEmitter.Emit(model, emitRequired: true), emittedRequired: true);
        var netstandard = Emit.ContractMarkerEmitter.Hash(model, Emit.ContractEmitter.Emit(model, emitRequired: false), emittedRequired: false);
        var hidden = Emit.ContractMarkerEmitter.Hash(internalModel, Emit.ContractEmitter.Emit(internalModel, emitRequired: true), emittedRequired: true);

        Assert.Equal(net8, netstandard);
        Assert.Equal(net8, hidden);
    }

    [Fact]
    public void A_different_contract_of_the_same_name_in_a_referenced_assembly_is_WCG021_naming_both()
    {
        var library = Library(SchemaEdits.Replace("\"maxItems\": 9", "\"maxItems\": 3"));
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, Application(library));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("WCG021", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("by the referenced assembly Library from a different schema", diagnostic.GetMessage());
        Assert.Equal(GeneratorHarness.SchemaPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_contract_generated_internal_in_a_referenced_assembly_is_generated_again_here()
    {
        var library = Library(GeneratorHarness.DefaultSchema, properties: ImmutableDictionary<string, string>.Empty.Add("WeComGenAccessibility", "internal"));
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, Application(library));

        Assert.Empty(run.Diagnostics);
        Assert.NotEmpty(run.Sources);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_contract_in_a_reference_under_an_extern_alias_is_generated_again_here()
    {
        var library = Library(GeneratorHarness.DefaultSchema).WithAliases(["emulator"]);
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, Application(library));

        Assert.Empty(run.Diagnostics);
        Assert.NotEmpty(run.Sources);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Another_contract_in_a_referenced_assembly_does_not_stop_this_one()
    {
        var other = SchemaEdits.Replace("\"x-wecom-namespace\": \"WeComGen.ExternalContact\"", "\"x-wecom-namespace\": \"Contoso.Other\"");
        var library = Library(SchemaEdits.Replace(other, "\"x-wecom-contract\": \"ExternalContact\"", "\"x-wecom-contract\": \"Other\""));
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, Application(library));

        Assert.Empty(run.Diagnostics);
        Assert.NotEmpty(run.Sources);
        Assert.Empty(run.CompilationProblems);
    }

    /// <summary>Project A: the schema generated into a library, as the metadata project B references.</summary>
    private static MetadataReference Library(string schema, ImmutableDictionary<string, string>? properties = null)
    {
        var run = GeneratorHarness.Run(schema, properties: properties);
        Assert.Empty(run.Diagnostics);
        using var image = new MemoryStream();
        var emitted = run.Output.WithAssemblyName("Library").Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>Project B: code that uses the contract, referencing project A.</summary>
    private static Microsoft.CodeAnalysis.CSharp.CSharpCompilation Application(MetadataReference library) =>
        GeneratorHarness.Compilation(UsesTheContract).AddReferences(library);
}
