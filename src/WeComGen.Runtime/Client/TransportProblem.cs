namespace WeComGen.Client;

/// <summary>What went wrong below the WeCom protocol: the exchange produced no error code to read.</summary>
public enum TransportProblem
{
    /// <summary>The server answered with an HTTP 5xx or 408 status. Retried.</summary>
    ServerError,

    /// <summary>The server or a proxy answered HTTP 429. Retried after a longer backoff.</summary>
    TooManyRequests,

    /// <summary>The attempt took longer than its timeout. Retried.</summary>
    Timeout,

    /// <summary>The connection could not be made or was dropped. Retried.</summary>
    ConnectionFailed,

    /// <summary>The answer was not the JSON the endpoint returns. Retried.</summary>
    MalformedResponse,

    /// <summary>Any other non-success HTTP status (a 404 from a wrong base address, say). Not retried.</summary>
    UnexpectedStatus,
}
