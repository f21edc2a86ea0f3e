namespace WeComGen.Generator.Model;

/// <summary>One entry of <c>x-wecom-endpoints</c>, with where its response keeps the error code and its request the credential.</summary>
/// <param name="Name">The C# name (<c>SendWelcomeMsg</c>).</param>
/// <param name="Description">Its XML documentation.</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The path below the base address.</param>
/// <param name="AccessTokenQueryParameter">The query parameter of the access token, or <see langword="null"/>.</param>
/// <param name="RequestType">The request class.</param>
/// <param name="ResponseType">The response class.</param>
/// <param name="ErrorCodeProperty">The response property typed by an error table.</param>
/// <param name="ErrorCodeType">That error table's enum.</param>
/// <param name="ErrorMessageProperty">Its sibling <c>errmsg</c> property, or <see langword="null"/>.</param>
/// <param name="CredentialProperty">The request property with <c>x-wecom-credential</c>, or <see langword="null"/>.</param>
/// <param name="Credential">That credential.</param>
internal sealed record EndpointModel(
    string Name,
    string? Description,
    string Method,
    string Path,
    string? AccessTokenQueryParameter,
    string RequestType,
    string ResponseType,
    string ErrorCodeProperty,
    string ErrorCodeType,
    string? ErrorMessageProperty,
    string? CredentialProperty,
    CredentialModel? Credential);
