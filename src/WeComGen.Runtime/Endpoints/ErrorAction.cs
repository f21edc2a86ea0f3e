namespace WeComGen.Endpoints;

/// <summary>What a client must do about an error code (<c>action</c> in the schema's <c>x-wecom-errors</c>).</summary>
public enum ErrorAction
{
    /// <summary><c>ok</c>: the call succeeded.</summary>
    Ok,

    /// <summary><c>delivered</c>: the effect already happened (by an earlier call); a success, never retried.</summary>
    Delivered,

    /// <summary><c>retry</c>: transient; retry with backoff while the credential is still valid.</summary>
    Retry,

    /// <summary><c>throttled</c>: a rate limit; retry after a longer backoff while the credential is still valid.</summary>
    Throttled,

    /// <summary><c>refresh-token</c>: the access token is invalid or expired; refresh it once and retry once.</summary>
    RefreshToken,

    /// <summary><c>expired</c>: the event credential is invalid or expired; nothing can be done.</summary>
    Expired,

    /// <summary><c>configuration</c>: the app is set up wrongly (secret, corp id, IP allow-list, permissions); fix it, no retry.</summary>
    Configuration,

    /// <summary><c>rejected</c>: the server refused this request; retrying the same request cannot help.</summary>
    Rejected,
}
