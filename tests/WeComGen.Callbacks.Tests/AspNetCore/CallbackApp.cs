using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using WeComGen.AspNetCore;
using static WeComGen.Callbacks.Tests.OfficialVectors;

namespace WeComGen.Callbacks.Tests.AspNetCore;

/// <summary>
/// An app with the callback endpoint on a TestServer, a fake clock, collected logs, and a handler that
/// records every dispatch. WeCom's side is played by <see cref="CallbackRequestEncryptor"/>.
/// </summary>
internal sealed class CallbackApp : IAsyncDisposable
{
    public const string Path = "/wecom/callback";

    private readonly WebApplication _app;
    private readonly Channel<(WeComCallbackContext Context, CancellationToken Token)> _handled =
        Channel.CreateUnbounded<(WeComCallbackContext, CancellationToken)>();

    private CallbackApp(WebApplication app, HttpClient client, FakeTimeProvider clock)
    {
        _app = app;
        Client = client;
        Clock = clock;
        WeCom = new CallbackRequestEncryptor(CreateCrypto(new CallbackCryptoOptions { TimeProvider = clock }));
    }

    public static DateTimeOffset Start { get; } = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    public HttpClient Client { get; }

    /// <summary>Where the app listens: the TestServer's base address, or Kestrel's loopback address and port.</summary>
    public Uri Address => Client.BaseAddress!;

    public FakeTimeProvider Clock { get; }

    /// <summary>Builds the requests WeCom would send, with the official vector's token, key and corp id.</summary>
    public CallbackRequestEncryptor WeCom { get; }

    public FakeLogCollector Logs => _app.Services.GetRequiredService<FakeLogCollector>();

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the app, on a TestServer or, with <paramref name="onLoopback"/>, on a real Kestrel at 127.0.0.1 (see
    /// <see cref="Address"/>); <paramref name="handler"/> runs right after each dispatch is recorded (so that a test can
    /// see a handler that blocks): a test that reads what the handler did waits for the handler to end.
    /// </summary>
    public static async Task<CallbackApp> StartAsync(
        Action<WeComCallbackOptions>? configure = null,
        Func<WeComCallbackContext, CancellationToken, Task>? handler = null,
        bool onLoopback = false,
        Action<IServiceCollection>? services = null)
    {
        var clock = new FakeTimeProvider(Start);
        var builder = WebApplication.CreateSlimBuilder();
        if (onLoopback)
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Logging.ClearProviders().AddFakeLogging().SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddWeComCallbacks(options =>
        {
            options.Token = Token;
            options.EncodingAesKey = EncodingAesKey;
            options.ReceiveId = ReceiveId;
            configure?.Invoke(options);
        });
        services?.Invoke(builder.Services);

        var app = builder.Build();
        CallbackApp? self = null;
        app.MapWeComCallback(Path, async (context, cancellationToken) =>
        {
            await self!._handled.Writer.WriteAsync((context, cancellationToken), CancellationToken.None);
            if (handler is not null)
            {
                await handler(context, cancellationToken);
            }
        });
        await app.StartAsync();
        self = new CallbackApp(app, onLoopback ? new HttpClient { BaseAddress = new Uri(app.Urls.First()) } : app.GetTestClient(), clock);
        return self;
    }

    public Task<HttpResponseMessage> SendAsync(EncryptedCallbackRequest request) =>
        Client.SendAsync(new HttpRequestMessage(new HttpMethod(request.Method), request.PathAndQuery(Path))
        {
            Content = request.Body is null ? null : new StringContent(request.Body, Encoding.UTF8, "application/xml"),
        });

    /// <summary>The next dispatch, in the order handlers started; fails the test after 10 s of real time.</summary>
    public async Task<(WeComCallbackContext Context, CancellationToken Token)> NextDispatchAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _handled.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Stops the app as a host shutdown does.</summary>
    public Task StopAsync() => _app.StopAsync();

    public string AddedContact(string welcomeCode, string? state = null) =>
        CallbackEventXml.ExternalContactAdded(ReceiveId, "zhangsan", "woAJ2GCAAAXtWyujaWJHDDGi0mAAAA", Start.AddSeconds(-1), welcomeCode, state);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
