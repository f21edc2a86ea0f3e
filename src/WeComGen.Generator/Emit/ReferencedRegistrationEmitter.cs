using System.Collections.Generic;
using System.Linq;
using WeComGen.Generator.Model;
using WeComGen.Generator.Pipeline;

namespace WeComGen.Generator.Emit;

/// <summary>
/// A project that uses a contract generated into a referenced assembly registers it when this project is first used:
/// the referenced assembly's own module initializer would run only when one of its types is, which the callback
/// endpoint may need before any handler touches one (how long a welcome code is valid).
/// </summary>
internal static class ReferencedRegistrationEmitter
{
    public const string HintName = "WeComGen.ReferencedContracts.g.cs";

    /// <summary>The registration of <paramref name="registrars"/> (fully qualified <c>{Contract}Endpoints</c> names), in order.</summary>
    public static GeneratedFile Emit(IReadOnlyList<string> registrars)
    {
        var w = new CodeWriter().FileHeader("WeComGen.Generated");
        w.Line("/// <summary>Registers the contracts of referenced assemblies with the runtime when this assembly is first used.</summary>");
        w.Open("internal static class ReferencedContracts");
        w.Line("/// <summary>Runs each referenced contract's registration (its module initializer), before anything here can need it.</summary>");
        w.Line("[global::" + ModuleInitializerEmitter.AttributeName + "]");
        w.Open("internal static void Register()");
        foreach (var registrar in registrars)
        {
            w.Line($"global::System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof({registrar}).TypeHandle);");
        }

        w.Close();
        w.Close();
        w.Close();
        return new GeneratedFile(HintName, w.ToString());
    }

    /// <summary>The registrars of <paramref name="referenced"/>, each once, in a stable order.</summary>
    public static EquatableArray<string> Registrars(IEnumerable<ReferencedContract> referenced) =>
        referenced.Select(contract => contract.Registrar).OfType<string>().Distinct().OrderBy(name => name, System.StringComparer.Ordinal).ToList().ToEquatableArray();
}
