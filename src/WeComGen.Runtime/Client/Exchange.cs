namespace WeComGen.Client;

/// <summary>One HTTP exchange's result: a deserialized body, or the transport problem that prevented one.</summary>
internal readonly struct Exchange<T>
    where T : class
{
    private Exchange(T? body, TransportProblem problem, int? statusCode)
    {
        Body = body;
        Problem = problem;
        StatusCode = statusCode;
    }

    public T? Body { get; }

    /// <summary>Meaningful only when <see cref="Body"/> is <see langword="null"/>.</summary>
    public TransportProblem Problem { get; }

    /// <summary>The HTTP status, when a response came.</summary>
    public int? StatusCode { get; }

    public static Exchange<T> Answered(T body, int statusCode) => new(body, default, statusCode);

    public static Exchange<T> Failed(TransportProblem problem, int? statusCode = null) => new(null, problem, statusCode);
}
