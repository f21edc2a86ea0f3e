using System;

namespace WeComGen.Metadata;

/// <summary>
/// Marks an assembly that holds the public types WeComGen generated for a contract, so a project referencing it
/// uses them instead of generating the same types again.
/// </summary>
/// <param name="contract">The contract name (<c>x-wecom-contract</c>).</param>
/// <param name="namespace">The namespace of the generated types (<c>x-wecom-namespace</c>).</param>
/// <param name="contentHash">A hash of what was generated, to tell the same contract from a different one of the same name.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class GeneratedContractAttribute(string contract, string @namespace, string contentHash) : Attribute
{
    /// <summary>The contract name.</summary>
    public string Contract { get; } = contract;

    /// <summary>The namespace of the generated types.</summary>
    public string Namespace { get; } = @namespace;

    /// <summary>The hash of the generated code, as the generator computes it.</summary>
    public string ContentHash { get; } = contentHash;
}
