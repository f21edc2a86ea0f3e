using System;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using WeComGen.Generator.Diagnostics;
using WeComGen.Generator.Emit;
using WeComGen.Generator.Model;
using WeComGen.Generator.Pipeline;
using WeComGen.Generator.Schema;

namespace WeComGen.Generator;

/// <summary>
/// Turns every AdditionalFiles item with <c>WeComGenSchema="true"</c> metadata into types, a serializer context,
/// validators, constraint metadata, endpoint descriptors and client extensions. Schema mistakes become WCG
/// diagnostics located in the schema file; the generator never throws.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class WeComGenGenerator : IIncrementalGenerator
{
    /// <summary>The item metadata that marks a schema file, as the compiler sees it.</summary>
    public const string SchemaMetadata = "build_metadata.AdditionalFiles.WeComGenSchema";

    /// <summary>Tracking names of the pipeline's steps, for incrementality tests.</summary>
    public static class Steps
    {
        public const string SchemaFiles = nameof(SchemaFiles);
        public const string ParsedSchemas = nameof(ParsedSchemas);
        public const string Models = nameof(Models);
        public const string CompilationFeatures = nameof(CompilationFeatures);
        public const string Options = nameof(Options);
        public const string ModuleInitializer = nameof(ModuleInitializer);
        public const string ReferencedContracts = nameof(ReferencedContracts);
        public const string ReferencedRegistrars = nameof(ReferencedRegistrars);
        public const string ReferencedRegistration = nameof(ReferencedRegistration);
        public const string Conflicts = nameof(Conflicts);
        public const string ModelsWithFeatures = nameof(ModelsWithFeatures);
        public const string DiagnosticsWithFeatures = nameof(DiagnosticsWithFeatures);
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsSchema(pair.Left, pair.Right))
            .Select(static (pair, cancellationToken) => ReadFile(pair.Left, cancellationToken))
            .WithTrackingName(Steps.SchemaFiles);

        var parsed = files
            .Select(static (file, _) => Parse(file))
            .WithTrackingName(Steps.ParsedSchemas);

        var models = parsed
            .Select(static (schema, _) => new SchemaModel(schema.Path, schema.Model))
            .WithTrackingName(Steps.Models);

        var features = context.CompilationProvider
            .Select(static (compilation, _) => Features(compilation))
            .WithTrackingName(Steps.CompilationFeatures);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
            .WithTrackingName(Steps.Options);

        var conflicts = models.Collect()
            .Select(static (schemas, _) => SchemaConflicts.Find(schemas))
            .WithTrackingName(Steps.Conflicts);

        var referenced = context.CompilationProvider
            .Select(static (compilation, _) => ReferencedContracts.Find(compilation))
            .WithTrackingName(Steps.ReferencedContracts);

        var generation = models.Combine(features).Combine(conflicts).Combine(options).Combine(referenced).WithTrackingName(Steps.ModelsWithFeatures);
        context.RegisterSourceOutput(generation, static (output, pair) => Generate(output, pair.Left.Left.Left.Left, pair.Left.Left.Left.Right, pair.Left.Left.Right, pair.Left.Right, pair.Right));
        var registrars = referenced
            .Select(static (contracts, _) => ReferencedRegistrationEmitter.Registrars(contracts))
            .WithTrackingName(Steps.ReferencedRegistrars);
        var registration = registrars.Combine(features).WithTrackingName(Steps.ReferencedRegistration);
        context.RegisterSourceOutput(registration, static (output, pair) => RegisterReferenced(output, pair.Left, pair.Right));
        var polyfill = models.Collect()
            .Combine(registrars)
            .Select(static (pair, _) => NeedsModuleInitializer(pair.Left) || pair.Right.Count > 0)
            .Combine(features)
            .Combine(options)
            .WithTrackingName(Steps.ModuleInitializer);
        context.RegisterSourceOutput(polyfill, static (output, pair) => EmitModuleInitializerAttribute(output, pair.Left.Left, pair.Left.Right, pair.Right));
        var reporting = parsed.Combine(features).Combine(options).WithTrackingName(Steps.DiagnosticsWithFeatures);
        context.RegisterSourceOutput(reporting, static (output, pair) => Report(output, pair.Left.Left, pair.Left.Right, pair.Right));
    }

    private static bool IsSchema(AdditionalText text, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(text).TryGetValue(SchemaMetadata, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static SchemaFile ReadFile(AdditionalText text, CancellationToken cancellationToken)
    {
        try
        {
            return new SchemaFile(text.Path, text.GetText(cancellationToken)?.ToString());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new SchemaFile(text.Path, null);
        }
    }

    private static ParsedSchema Parse(SchemaFile file)
    {
        try
        {
            return SchemaReader.Read(file.Path, file.Text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(file.Path, e);
        }
    }

    /// <summary>
    /// Only cheap look-ups: this runs on every edit. Required members and module initializers need their attribute in
    /// the core library or in the project's own code (a polyfill elsewhere is internal, so it would not help); the
    /// runtime is found by its assembly name, without binding the references' namespaces.
    /// </summary>
    private static CompilationFeatures Features(Compilation compilation)
    {
        var runtime = false;
        foreach (var reference in compilation.ReferencedAssemblyNames)
        {
            runtime |= reference.Name == "WeComGen.Runtime";
        }

        var languageVersion = compilation is CSharpCompilation csharp ? (int)csharp.LanguageVersion : 0;
        return new CompilationFeatures(
            languageVersion,
            HasAttribute(compilation, "System.Runtime.CompilerServices.RequiredMemberAttribute"),
            runtime,
            HasAttribute(compilation, ModuleInitializerEmitter.AttributeName),
            compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerable`1") is { DeclaredAccessibility: Accessibility.Public }
                && compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.EnumeratorCancellationAttribute") is { DeclaredAccessibility: Accessibility.Public });
    }

    private static bool HasAttribute(Compilation compilation, string metadataName)
    {
        var coreLibrary = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly;
        return coreLibrary?.GetTypeByMetadataName(metadataName) is { DeclaredAccessibility: Accessibility.Public }
            || compilation.Assembly.GetTypeByMetadataName(metadataName) is not null;
    }

    private static void Generate(
        SourceProductionContext output,
        SchemaModel schema,
        CompilationFeatures features,
        EquatableArray<SchemaConflict> conflicts,
        GeneratorOptions options,
        EquatableArray<ReferencedContract> referenced)
    {
        if (schema.Model is null || !features.LanguageVersionSupported || !features.HasRuntime || !options.IsValid)
        {
            return;
        }

        foreach (var conflict in conflicts)
        {
            if (conflict.Path == schema.Path)
            {
                output.ReportDiagnostic(Diagnostic.Create(SchemaDiagnostics.DuplicateName, FileStart(schema.Path), SchemaWords.TheType().ToArgument(), conflict.TypeName, SchemaWords.ByThisFileAndOwner(conflict.OwnerPath).ToArgument()));
                return;
            }
        }

        try
        {
            var model = schema.Model with { Accessibility = options.Accessibility };
            var files = ContractEmitter.Emit(model, features.SupportsRequired, features.SupportsAsyncStreams);
            var hash = ContractMarkerEmitter.Hash(model, files, features.SupportsRequired, features.SupportsAsyncStreams);
            if (ContractMarkerEmitter.AlreadyGenerated(model, referenced) is { } existing)
            {
                var descriptor = existing.ContentHash == hash ? SchemaDiagnostics.ContractInReference : SchemaDiagnostics.DifferentContractInReference;
                output.ReportDiagnostic(Diagnostic.Create(descriptor, FileStart(schema.Path), model.Contract, model.Namespace, existing.Assembly));
                return;
            }

            if (model.Accessibility == GeneratorOptions.Public)
            {
                // Only public types can be used by a project that references this one.
                files.Add(ContractMarkerEmitter.Emit(model, hash));
            }

            foreach (var file in files)
            {
                output.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            output.ReportDiagnostic(Diagnostic.Create(SchemaDiagnostics.InternalError, FileStart(schema.Path), e.Message));
        }
    }

    private static bool NeedsModuleInitializer(ImmutableArray<SchemaModel> schemas)
    {
        foreach (var schema in schemas)
        {
            if (schema.Model is { RegistersWithRuntime: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The registration of the contracts generated into referenced assemblies, where there are any.</summary>
    private static void RegisterReferenced(SourceProductionContext output, EquatableArray<string> registrars, CompilationFeatures features)
    {
        if (registrars.Count > 0 && features.LanguageVersionSupported && features.HasRuntime)
        {
            var file = ReferencedRegistrationEmitter.Emit(registrars);
            output.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));
        }
    }

    /// <summary>
    /// One internal <c>ModuleInitializerAttribute</c> per project, where a contract registers and neither the framework
    /// nor PolySharp provides it.
    /// </summary>
    private static void EmitModuleInitializerAttribute(SourceProductionContext output, bool needed, CompilationFeatures features, GeneratorOptions options)
    {
        if (needed && !features.SupportsModuleInitializer && !options.PolySharpAddsModuleInitializer && features.LanguageVersionSupported && features.HasRuntime)
        {
            var file = ModuleInitializerEmitter.EmitAttribute();
            output.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));
        }
    }

    private static void Report(SourceProductionContext output, ParsedSchema schema, CompilationFeatures features, GeneratorOptions options)
    {
        foreach (var diagnostic in schema.Diagnostics)
        {
            var descriptor = SchemaDiagnostics.ById[diagnostic.Id];
            var span = diagnostic.Span;
            var location = Location.Create(
                schema.Path,
                new TextSpan(span.Start, span.Length),
                new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
            output.ReportDiagnostic(Diagnostic.Create(descriptor, location, Arguments(diagnostic.Arguments)));
        }

        if (schema.Model is null)
        {
            return;
        }

        if (!features.LanguageVersionSupported)
        {
            output.ReportDiagnostic(Diagnostic.Create(SchemaDiagnostics.LanguageVersionTooLow, FileStart(schema.Path), LanguageVersionText(features.LanguageVersion)));
        }

        if (!features.HasRuntime)
        {
            output.ReportDiagnostic(Diagnostic.Create(SchemaDiagnostics.RuntimeMissing, FileStart(schema.Path)));
        }

        if (!options.IsValid)
        {
            output.ReportDiagnostic(Diagnostic.Create(SchemaDiagnostics.InvalidAccessibility, FileStart(schema.Path), options.InvalidAccessibility));
        }
    }

    private static ParsedSchema Failed(string path, Exception e)
    {
        var diagnostic = new SchemaDiagnostic(SchemaDiagnostics.InternalError.Id, new EquatableArray<MessagePart>([e.GetType().Name + ": " + e.Message]), new SourceSpan(0, 0, 0, 0, 0, 0));
        return new ParsedSchema(path, null, new EquatableArray<SchemaDiagnostic>([diagnostic]));
    }

    private static Location FileStart(string path) =>
        Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)));

    private static object[] Arguments(EquatableArray<MessagePart> arguments)
    {
        var result = new object[arguments.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = arguments[i].ToArgument();
        }

        return result;
    }

    private static string LanguageVersionText(int version) => ((LanguageVersion)version).ToDisplayString();
}
