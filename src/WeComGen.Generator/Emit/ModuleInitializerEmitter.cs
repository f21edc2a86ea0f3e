namespace WeComGen.Generator.Emit;

/// <summary>
/// The module initializer of <c>{Contract}Endpoints</c>, which tells the runtime's <c>ContractRegistry</c> the
/// contract's base address, credential facts and error tables, and the internal attribute it needs where the framework has none (netstandard2.0).
/// </summary>
internal static class ModuleInitializerEmitter
{
    public const string AttributeName = "System.Runtime.CompilerServices.ModuleInitializerAttribute";

    public const string MethodName = "Register";

    /// <summary>The registering method, inside the endpoints class.</summary>
    public static void EmitRegistration(CodeWriter w, Model.ContractModel contract)
    {
        w.Line();
        w.Line("/// <summary>Tells <see cref=\"global::WeComGen.Endpoints.ContractRegistry\"/> the base address, credential facts and error tables of these endpoints when the assembly is first used.</summary>");
        w.Line("[global::" + AttributeName + "]");
        w.Open($"internal static void {MethodName}()");
        if (contract.BaseAddress is { } baseAddress)
        {
            w.Line("global::WeComGen.Endpoints.ContractRegistry.Register(new global::WeComGen.Endpoints.ContractAddress("
                + CodeWriter.Literal(contract.Contract) + ", new global::System.Uri(" + CodeWriter.Literal(baseAddress) + ")));");
        }

        foreach (var endpoint in contract.Endpoints)
        {
            if (endpoint.Credential is { Issuer: { } issuer } credential)
            {
                w.Line("global::WeComGen.Endpoints.ContractRegistry.Register(new global::WeComGen.Endpoints.CredentialFacts("
                    + CodeWriter.Literal(contract.Contract) + ", "
                    + CodeWriter.Literal(endpoint.Name) + ", "
                    + CodeWriter.Literal(issuer) + ", "
                    + $"global::System.TimeSpan.FromSeconds({CodeWriter.Int(credential.ValiditySeconds)}), "
                    + (credential.SingleUse ? "true" : "false") + "));");
            }

            w.Line("global::WeComGen.Endpoints.ContractRegistry.Register(new global::WeComGen.Endpoints.EndpointErrors("
                + CodeWriter.Literal(contract.Contract) + ", " + CodeWriter.Literal(endpoint.Name) + ", " + endpoint.Name + ".Errors));");
        }

        w.Close();
    }

    public static GeneratedFile EmitAttribute()
    {
        var w = new CodeWriter().FileHeader("System.Runtime.CompilerServices");
        w.Line("/// <summary>Marks a method the runtime calls when the module is first used; the framework of this project has no such attribute.</summary>");
        w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Method, Inherited = false)]");
        w.Open("internal sealed class ModuleInitializerAttribute : global::System.Attribute");
        w.Close();
        w.Close();
        return new GeneratedFile("WeComGen.ModuleInitializerAttribute.g.cs", w.ToString());
    }
}
