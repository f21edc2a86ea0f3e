namespace WeComGen.Endpoints;

/// <summary>An endpoint's error table, for code that reads error codes without the generated types (a health check).</summary>
/// <param name="Contract">The contract (<c>x-wecom-contract</c>): <c>ExternalContact</c>.</param>
/// <param name="Endpoint">The endpoint: <c>SendWelcomeMsg</c>.</param>
/// <param name="Errors">Its error table, which also lists the <c>gettoken</c> codes a call can meet.</param>
public sealed record EndpointErrors(string Contract, string Endpoint, ErrorTable Errors);
