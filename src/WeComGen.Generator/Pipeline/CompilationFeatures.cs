namespace WeComGen.Generator.Pipeline;

/// <summary>What the consuming compilation supports, reduced to what the generated code depends on.</summary>
/// <param name="LanguageVersion">The C# language version, as its number (<c>1100</c> for C# 11).</param>
/// <param name="SupportsRequired">Whether <c>RequiredMemberAttribute</c> exists, so <c>required</c> members compile.</param>
/// <param name="HasRuntime">Whether WeComGen.Runtime is referenced.</param>
/// <param name="SupportsModuleInitializer">Whether <c>ModuleInitializerAttribute</c> exists; where not, the generator adds an internal one.</param>
/// <param name="SupportsAsyncStreams">Whether <c>IAsyncEnumerable&lt;T&gt;</c> exists (the framework's, or Microsoft.Bcl.AsyncInterfaces), so paged endpoints get a page stream.</param>
internal sealed record CompilationFeatures(int LanguageVersion, bool SupportsRequired, bool HasRuntime, bool SupportsModuleInitializer, bool SupportsAsyncStreams = true)
{
    /// <summary>C# 11: generated code sets the runtime's <c>required</c> members.</summary>
    public const int MinimumLanguageVersion = 1100;

    public bool LanguageVersionSupported => LanguageVersion >= MinimumLanguageVersion;
}
