using WeComGen.Generator.Model;

namespace WeComGen.Generator.Emit;

/// <summary><c>{Contract}Endpoints</c>: one <c>EndpointDescriptor</c> per endpoint, with every member filled from the schema.</summary>
internal static class EndpointsEmitter
{
    public static GeneratedFile Emit(ContractModel contract)
    {
        var ns = "global::" + contract.Namespace + ".";
        var w = new CodeWriter().FileHeader(contract.Namespace);
        w.Line($"/// <summary>The endpoints of the {contract.Contract} contract{(contract.BaseAddress is null ? string.Empty : " (" + CodeWriter.Xml(contract.BaseAddress) + ")")}.</summary>");
        w.Line(TypeNames.GeneratedCode);
        w.Open($"{contract.Accessibility} static class {contract.EndpointsName}");
        var first = true;
        foreach (var endpoint in contract.Endpoints)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            var request = ns + endpoint.RequestType;
            var response = ns + endpoint.ResponseType;
            w.Summary(endpoint.Description, endpoint.Method + " " + endpoint.Path);
            w.Open($"public static global::WeComGen.Endpoints.EndpointDescriptor<{request}, {response}> {endpoint.Name} {{ get; }} = new global::WeComGen.Endpoints.EndpointDescriptor<{request}, {response}>");
            w.Line($"Name = {CodeWriter.Literal(endpoint.Name)},");
            w.Line($"Method = {CodeWriter.Literal(endpoint.Method)},");
            if (contract.BaseAddress is not null)
            {
                w.Line($"BaseAddress = new global::System.Uri({CodeWriter.Literal(contract.BaseAddress)}),");
            }

            w.Line($"Path = {CodeWriter.Literal(endpoint.Path)},");
            w.Line($"AccessTokenQueryParameter = {CodeWriter.Literal(endpoint.AccessTokenQueryParameter)},");
            w.Line($"RequestTypeInfo = {ns}{contract.JsonContextName}.Default.{endpoint.RequestType},");
            w.Line($"ResponseTypeInfo = {ns}{contract.JsonContextName}.Default.{endpoint.ResponseType},");
            w.Line("Validate = static (request, mildest) => request.Validate(mildest),");
            w.Line($"GetErrorCode = static response => (int)response.{endpoint.ErrorCodeProperty},");
            w.Line($"GetErrorMessage = static response => {(endpoint.ErrorMessageProperty is null ? "null" : "response." + endpoint.ErrorMessageProperty)},");
            if (endpoint.CredentialProperty is not null && endpoint.Credential is { } credential)
            {
                w.Line($"GetCredential = static request => request.{endpoint.CredentialProperty},");
                w.Line($"CredentialValidity = global::System.TimeSpan.FromSeconds({CodeWriter.Int(credential.ValiditySeconds)}),");
                w.Line($"CredentialSingleUse = {(credential.SingleUse ? "true" : "false")},");
            }

            w.Line($"Errors = {ns}{endpoint.ErrorCodeType}Table.Instance,");
            EndpointShapeEmitter.Emit(w, contract, endpoint);
            LifetimeEmitter.Emit(w, contract, endpoint);
            w.Close(";");
        }

        if (contract.RegistersWithRuntime)
        {
            ModuleInitializerEmitter.EmitRegistration(w, contract);
        }

        w.Close();
        w.Close();
        return new GeneratedFile(contract.Namespace + "." + contract.EndpointsName + ".g.cs", w.ToString());
    }
}
