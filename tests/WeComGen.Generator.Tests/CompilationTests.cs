using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WeComGen.Generator.Tests.Infrastructure;

namespace WeComGen.Generator.Tests;

/// <summary>The generated code compiles cleanly, and a compilation that cannot take it gets one clear diagnostic.</summary>
public class CompilationTests
{
    [Fact]
    public void Generated_code_compiles_for_net8_with_warnings_as_errors()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Required_members_are_emitted_where_the_compilation_supports_them()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema);
        Assert.Contains("public required global::WeComGen.Credentials.EventCode WelcomeCode { get; set; }", run.Source("WeComGen.ExternalContact.SendWelcomeMsgRequest.g.cs"));
    }

    [Fact]
    public void Consumer_code_that_omits_a_required_member_does_not_compile()
    {
        var consumer = "namespace Consumer { /// <summary>Uses.</summary>\n public static class Use { /// <summary>Makes.</summary>\n public static object Make() => new WeComGen.ExternalContact.LinkAttachment { Title = \"t\" }; } }";
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, GeneratorHarness.Compilation(consumer));
        Assert.Contains(run.CompilationProblems, d => d.Id == "CS9035" && d.GetMessage().Contains("Url"));
    }

    [Fact]
    public void A_language_version_below_CSharp_11_gets_WCG015_and_no_code()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, version: LanguageVersion.CSharp10);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("WCG015", diagnostic.Id);
        Assert.Contains("C# 10", diagnostic.GetMessage());
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_project_without_the_runtime_gets_WCG016_and_no_code()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.DefaultSchema, GeneratorHarness.Compilation(withRuntime: false));
        Assert.Equal("WCG016", Assert.Single(run.Diagnostics).Id);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Two_schema_files_that_generate_the_same_types_get_WCG006_not_a_crash()
    {
        var driver = GeneratorHarness.Driver(("/project/a.schema.json", GeneratorHarness.DefaultSchema), ("/project/b.schema.json", GeneratorHarness.DefaultSchema));
        var result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results[0];
        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("WCG006", "/project/b.schema.json"), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
        Assert.Contains("by this schema file and by /project/a.schema.json, which keeps it", diagnostic.GetMessage());
        Assert.Equal(25, result.GeneratedSources.Length);
    }

    [Fact]
    public void Diagnostics_of_a_schema_point_into_the_schema_file()
    {
        var run = GeneratorHarness.Run(SchemaEdits.Replace("\"maxItems\": 9", "\"maxItem\": 9"));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(GeneratorHarness.SchemaPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        // The docs of the version that reports it, not of whatever main says today.
        Assert.Matches(@"^https://github\.com/wecomgen/wecomgen/blob/v\d+\.\d+\.\d+[^/]*/docs/diagnostics/WCG003\.md$", diagnostic.Descriptor.HelpLinkUri);
    }
}
