using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using WeComGen.Credentials;
using WeComGen.Diagnostics;
using WeComGen.Emulator;
using WeComGen.ExternalContact;
using WeComGen.Tokens;

namespace WeComGen.Client.Tests.Support;

/// <summary>An emulator on loopback and clients of it over a real HttpClient, sharing one test clock and one log.</summary>
public sealed class Harness : IAsyncDisposable
{
    private readonly ILoggerFactory _loggers;

    private Harness(WeComEmulator emulator, TestClock clock)
    {
        Emulator = emulator;
        Clock = clock;
        Logs = new FakeLogCollector();
        _loggers = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(Logs)));
        Secrets = new WireSecrets();
        Http = new HttpClient(Secrets);
        Client = NewClient();
    }

    public WeComEmulator Emulator { get; }

    public TestClock Clock { get; }

    public FakeLogCollector Logs { get; }

    public HttpClient Http { get; }

    /// <summary>The access tokens and corp secrets the clients put on the wire.</summary>
    public WireSecrets Secrets { get; }

    /// <summary>A client of the emulator's first app.</summary>
    public WeComClient Client { get; }

    public static async Task<Harness> StartAsync(TestClock? clock = null, Action<WeComEmulatorOptions>? emulator = null)
    {
        clock ??= new TestClock { SkipWaits = true };
        var options = new WeComEmulatorOptions { Time = clock };
        emulator?.Invoke(options);
        return new Harness(await WeComEmulator.StartAsync(options), clock);
    }

    public WeComClientOptions Options(string? secret = null) => new()
    {
        CorpId = Emulator.CorpId,
        Secret = secret ?? Emulator.Secret,
        BaseAddress = Emulator.BaseAddress,
        AttemptTimeout = TimeSpan.FromSeconds(10), // generous: the machine may be busy; fault tests set their own
    };

    public WeComClient NewClient(string? secret = null, Action<WeComClientOptions>? configure = null)
    {
        var options = Options(secret);
        configure?.Invoke(options);
        return new WeComClient(Http, options, Clock, _loggers);
    }

    /// <summary>
    /// A client of the emulator's first app, and its token source, recording through <paramref name="telemetry"/>, over
    /// <paramref name="http"/> or the harness's HttpClient.
    /// </summary>
    public WeComClient NewClient(WeComTelemetry telemetry, Action<WeComClientOptions>? configure = null, HttpClient? http = null)
    {
        var options = Options();
        configure?.Invoke(options);
        var tokens = new WeComAccessTokenSource(http ?? Http, options, Clock, null, telemetry);
        return new WeComClient(http ?? Http, tokens, null, options, Clock, null, telemetry);
    }

    /// <summary>A welcome code as the add-external-contact event delivers it: issued by the emulator, received now.</summary>
    public EventCode ReceiveCode() => EventCode.Received(Emulator.IssueWelcomeCode(), Clock);

    /// <summary>Sends a text welcome message with <paramref name="code"/> through the generated extension method.</summary>
    public Task<WeComOutcome<SendWelcomeMsgResponse>> SendAsync(EventCode code, WeComClient? client = null, CancellationToken cancellationToken = default) =>
        (client ?? Client).SendWelcomeMsgAsync(Request(code), cancellationToken);

    public static SendWelcomeMsgRequest Request(EventCode code) =>
        new() { WelcomeCode = code, Text = new Text { Content = "你好，欢迎！" } };

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        _loggers.Dispose();
        await Emulator.DisposeAsync();
    }
}
