using System.Collections.Concurrent;
using System.Diagnostics;
using WeComGen.Client.Tests.Support;

namespace WeComGen.Client.Tests.Telemetry;

/// <summary>
/// HttpClient's own spans carry <c>url.full</c>, and the client's URLs carry the access token (send_welcome_msg) and the
/// corp secret (gettoken) in their query: .NET redacts the query of <c>url.full</c> unless the app turns
/// <c>System.Net.Http.DisableUriRedaction</c> on, so neither reaches an exporter.
/// </summary>
[Collection(HttpClientListeners.Collection)]
public sealed class HttpSpanRedactionTests
{
    [Fact]
    public async Task HttpClients_spans_of_the_clients_requests_carry_no_token_and_no_secret()
    {
        await using var harness = await Harness.StartAsync();
        using var recorder = new TelemetryRecorder();
        var requests = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = requests.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        // Under the call's span, so that its requests (gettoken's included) can be told from other tests'.
        await harness.SendAsync(harness.ReceiveCode(), harness.NewClient(recorder.Telemetry));

        var trace = Assert.Single(recorder.Spans).TraceId;
        var urls = requests.Where(r => r.TraceId == trace).Select(r => (string?)r.GetTagItem("url.full")).ToList();
        Assert.Equal(2, urls.Count); // gettoken, send_welcome_msg
        Assert.All(urls, url => Assert.EndsWith("?*", url));
        var secrets = harness.Secrets.Seen;
        Assert.Contains(harness.Emulator.Secret, secrets);
        Assert.DoesNotContain(requests.SelectMany(r => r.TagObjects), tag => secrets.Any(secret => tag.Value?.ToString()?.Contains(secret, StringComparison.Ordinal) == true));
    }
}
