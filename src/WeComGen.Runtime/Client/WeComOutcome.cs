namespace WeComGen.Client;

/// <summary>How a call ended. (Shape fixed here so generated code can name it; the client work fills it in.)</summary>
/// <typeparam name="TResponse">The endpoint's response type.</typeparam>
public sealed class WeComOutcome<TResponse>
    where TResponse : class
{
}
