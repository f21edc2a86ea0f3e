namespace WeComGen.Client.Tests.Telemetry;

/// <summary>
/// Whether anyone listens to HttpClient's spans is a process-wide fact that changes how the client sends: the tests
/// that listen to them and the tests that need nobody to run one after another.
/// </summary>
internal static class HttpClientListeners
{
    public const string Collection = "HttpClient's spans";
}
