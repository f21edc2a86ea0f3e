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
        Assert.Equal(["WeComGen.ReferencedContracts.g.cs"], run.Sources.Select(source => source.HintName));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_project_using_a_contract_of_a_referenced_assembly_registers_it_when_first_used()
    {
        var library = Library(GeneratorHarness.DefaultSchema);
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, Application(library));

        var registration = run.Source("WeComGen.ReferencedContracts.g.cs");
        Assert.Contains("[global::System.Runtime.CompilerServices.ModuleInitializerAttribute]", registration);
        Assert.Contains("RunClassConstructor(typeof(global::WeComGen.ExternalContact.ExternalContactEndpoints).TypeHandle);", registration);
    }

    [Fact]
    public void The_registration_registers_the_referenced_contract_before_any_of_its_types_is_used()
    {
        var other = SchemaEdits.Replace("\"x-wecom-namespace\": \"WeComGen.ExternalContact\"", "\"x-wecom-namespace\": \"Contoso.Registered\"");
        var libraryImage = LibraryImage(SchemaEdits.Replace(other, "\"x-wecom-contract\": \"ExternalContact\"", "\"x-wecom-contract\": \"Registered\""));
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, Application(MetadataReference.CreateFromImage(libraryImage)));
        using var appImage = new MemoryStream();
        Assert.True(run.Output.Emit(appImage).Success);
        var context = new System.Runtime.Loader.AssemblyLoadContext("several", isCollectible: true);
        context.LoadFromStream(new MemoryStream(libraryImage));
        appImage.Position = 0;
        var app = context.LoadFromStream(appImage);
        Assert.DoesNotContain(WeComGen.Endpoints.ContractRegistry.Credentials, facts => facts.Contract == "Registered");

        // Touching the application only: its module initializer runs first, and registers the library's contract.
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(app.ManifestModule.ModuleHandle);

        Assert.Contains(WeComGen.Endpoints.ContractRegistry.Credentials, facts => facts.Contract == "Registered" && facts.Validity == TimeSpan.FromSeconds(20));
        context.Unload();
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
        Assert.Equal(["WeComGen.ReferencedContracts.g.cs"], run.Sources.Select(source => source.HintName)); // nothing of the contract
    }

    [Fact]
    public void A_contract_generated_internal_in_a_referenced_assembly_is_generated_again_here()
    {
        var library = Library(GeneratorHarness.DefaultSchema, properties: ImmutableDictionary<string, string>.Empty.Add("WeComGenAccessibility", "internal"));
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, Application(library));

        Assert.Empty(run.Diagnostics);
        Assert.NotEmpty(run.Sources);
        Assert.DoesNotContain(run.Sources, source => source.HintName == "WeComGen.ReferencedContracts.g.cs");
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
    private static MetadataReference Library(string schema, ImmutableDictionary<string, string>? properties = null) =>
        MetadataReference.CreateFromImage(LibraryImage(schema, properties));

    private static byte[] LibraryImage(string schema, ImmutableDictionary<string, string>? properties = null)
    {
        var run = GeneratorHarness.Run(schema, properties: properties);
        Assert.Empty(run.Diagnostics);
        using var image = new MemoryStream();
        var emitted = run.Output.WithAssemblyName("Library").Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return image.ToArray();
    }

    /// <summary>Project B: code that uses the contract, referencing project A.</summary>
    private static Microsoft.CodeAnalysis.CSharp.CSharpCompilation Application(MetadataReference library) =>
        GeneratorHarness.Compilation(UsesTheContract).AddReferences(library);
}
