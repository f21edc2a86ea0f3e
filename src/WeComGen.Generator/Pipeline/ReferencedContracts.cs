using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using WeComGen.Generator.Model;

namespace WeComGen.Generator.Pipeline;

/// <summary>
/// A contract a referenced assembly already holds the generated types of (its <c>[assembly: GeneratedContract]</c>),
/// and its public <c>{Contract}Endpoints</c> class, whose module registers the contract with the runtime
/// (<see langword="null"/> when it has none).
/// </summary>
internal sealed record ReferencedContract(string Contract, string Namespace, string ContentHash, string Assembly, string? Registrar = null);

/// <summary>Finds the contracts generated into referenced assemblies.</summary>
internal static class ReferencedContracts
{
    private const string MarkerName = "GeneratedContractAttribute";
    private const string MarkerNamespace = "WeComGen.Metadata";

    /// <summary>
    /// Runs on every edit, so only assemblies that reference WeComGen.Runtime (read from their metadata, without
    /// binding anything) have their attributes decoded.
    /// </summary>
    public static EquatableArray<ReferencedContract> Find(Compilation compilation)
    {
        var found = new List<ReferencedContract>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!ReferencesRuntime(assembly) || !InGlobalNamespace(compilation, assembly))
            {
                continue;
            }

            foreach (var attribute in assembly.GetAttributes())
            {
                if (IsMarker(attribute.AttributeClass)
                    && attribute.ConstructorArguments.Length == 3
                    && attribute.ConstructorArguments[0].Value is string contract
                    && attribute.ConstructorArguments[1].Value is string ns
                    && attribute.ConstructorArguments[2].Value is string hash)
                {
                    found.Add(new ReferencedContract(contract, ns, hash, assembly.Identity.Name, Registrar(assembly, ns, contract)));
                }
            }
        }

        return found.ToEquatableArray();
    }

    /// <summary>
    /// A reference with extern aliases only (<c>Aliases="emulator"</c>) keeps its types out of the global namespace,
    /// where the project's code looks for the contract: the project generates its own.
    /// </summary>
    private static bool InGlobalNamespace(Compilation compilation, IAssemblySymbol assembly)
    {
        var aliases = compilation.GetMetadataReference(assembly)?.Properties.Aliases ?? default;
        return aliases.IsDefaultOrEmpty || aliases.Contains("global");
    }

    private static bool ReferencesRuntime(IAssemblySymbol assembly)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var reference in module.ReferencedAssemblies)
            {
                if (reference.Name == "WeComGen.Runtime")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? Registrar(IAssemblySymbol assembly, string ns, string contract) =>
        assembly.GetTypeByMetadataName(ns + "." + contract + "Endpoints") is { DeclaredAccessibility: Accessibility.Public } endpoints
            ? endpoints.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
            : null;

    private static bool IsMarker(INamedTypeSymbol? type) =>
        type is { Name: MarkerName, ContainingNamespace: { } ns } && ns.ToDisplayString() == MarkerNamespace;
}
