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
/// <param name="Body">How the body travels: <c>Json</c>, <c>None</c> (GET) or <c>Multipart</c> (the runtime's <c>RequestBody</c> member).</param>
/// <param name="Query">The request members that travel in the query, in schema order.</param>
/// <param name="Files">The request members that are file parts, in schema order.</param>
/// <param name="Pagination">The cursor that pages the endpoint (<c>pagination</c>), or <see langword="null"/>.</param>
/// <param name="Lifetimes">The response members with <c>x-wecom-valid-for</c>, in schema order.</param>
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
    CredentialModel? Credential,
    string Body,
    EquatableArray<PropertyModel> Query,
    EquatableArray<FilePartModel> Files,
    PaginationModel? Pagination,
    EquatableArray<PropertyModel> Lifetimes);

/// <summary>A file part of an endpoint: the member, and the member that chooses its rule (a query member), if any.</summary>
/// <param name="StandsAlone">Whether a request needs nothing but this file and its chooser (then it gets <c>NewRequest</c>).</param>
internal sealed record FilePartModel(PropertyModel Member, PropertyModel? VariantBy, bool StandsAlone);

/// <summary>
/// A cursor: the request member that asks for a page and the response member that names the next one
/// (empty or absent on the last page).
/// </summary>
internal sealed record PaginationModel(string RequestCursor, string ResponseCursor);
