using WeComGen.Generator.Pipeline;

namespace WeComGen.Generator.Model;

/// <summary>Everything one schema file generates: its types, error codes and endpoints.</summary>
/// <param name="Namespace">The C# namespace (<c>x-wecom-namespace</c>).</param>
/// <param name="Contract">The contract name (<c>x-wecom-contract</c>) that prefixes the file-level classes.</param>
/// <param name="BaseAddress">The API's base address (<c>x-wecom-base-address</c>), for documentation.</param>
/// <param name="Objects">Object types, ordinal by name.</param>
/// <param name="Enums">String enums, ordinal by name.</param>
/// <param name="ErrorCodes">Error-code enums (<c>x-wecom-errors</c>), ordinal by name.</param>
/// <param name="Endpoints">Endpoints, ordinal by name.</param>
internal sealed record ContractModel(
    string Namespace,
    string Contract,
    string? BaseAddress,
    EquatableArray<ObjectTypeModel> Objects,
    EquatableArray<EnumTypeModel> Enums,
    EquatableArray<ErrorCodeTypeModel> ErrorCodes,
    EquatableArray<EndpointModel> Endpoints)
{
    /// <summary>The keyword every generated type is declared with (the project's <c>WeComGenAccessibility</c>).</summary>
    public string Accessibility { get; init; } = GeneratorOptions.Public;

    public string JsonContextName => Contract + "JsonContext";

    public string EndpointsName => Contract + "Endpoints";

    public string ClientExtensionsName => Contract + "ClientExtensions";

    /// <summary>Whether an endpoint takes a credential whose issuer the runtime's registry can be told about.</summary>
    public bool RegistersCredentials
    {
        get
        {
            foreach (var endpoint in Endpoints)
            {
                if (endpoint.Credential?.Issuer is not null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
