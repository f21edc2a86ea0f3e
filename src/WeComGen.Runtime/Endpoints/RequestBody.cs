namespace WeComGen.Endpoints;

/// <summary>How a request's body travels.</summary>
public enum RequestBody
{
    /// <summary>The request's body members as JSON (<c>application/json</c>).</summary>
    Json,

    /// <summary>No body and no <c>Content-Type</c> (a <c>GET</c>); the request travels in the query.</summary>
    None,

    /// <summary>A <c>multipart/form-data</c> body made of the endpoint's file parts.</summary>
    Multipart,
}
