using WeComGen.Generator.Model;

namespace WeComGen.Generator.Emit;

/// <summary><c>{Contract}ClientExtensions</c>: a typed <c>{Endpoint}Async</c> method on <c>WeComClient</c> per endpoint.</summary>
internal static class ClientExtensionsEmitter
{
    public static GeneratedFile Emit(ContractModel contract)
    {
        var ns = "global::" + contract.Namespace + ".";
        var w = new CodeWriter().FileHeader(contract.Namespace);
        w.Line($"/// <summary>Typed calls of the {contract.Contract} endpoints.</summary>");
        w.Line(TypeNames.GeneratedCode);
        w.Open($"{contract.Accessibility} static class {contract.ClientExtensionsName}");
        var first = true;
        foreach (var endpoint in contract.Endpoints)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Summary(endpoint.Description, endpoint.Method + " " + endpoint.Path);
            w.Line("/// <param name=\"client\">The client.</param>");
            w.Line("/// <param name=\"request\">The request; it is validated before it is sent.</param>");
            w.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
            w.Line($"public static global::System.Threading.Tasks.Task<global::WeComGen.Client.WeComOutcome<{ns}{endpoint.ResponseType}>> {endpoint.Name}Async(");
            w.Line("    this global::WeComGen.Client.WeComClient client,");
            w.Line($"    {ns}{endpoint.RequestType} request,");
            w.Line("    global::System.Threading.CancellationToken cancellationToken = default) =>");
            w.Line($"    (client ?? throw new global::System.ArgumentNullException(nameof(client))).SendAsync({ns}{contract.EndpointsName}.{endpoint.Name}, request, cancellationToken);");
        }

        w.Close();
        w.Close();
        return new GeneratedFile(contract.Namespace + "." + contract.ClientExtensionsName + ".g.cs", w.ToString());
    }
}
