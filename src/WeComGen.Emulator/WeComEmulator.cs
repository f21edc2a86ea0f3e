using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WeComGen.Emulator.Callbacks;
using WeComGen.Emulator.Customers;
using WeComGen.Emulator.Faults;
using WeComGen.Emulator.History;
using WeComGen.Emulator.Http;
using WeComGen.Emulator.Inbox;
using WeComGen.Emulator.Media;
using WeComGen.Emulator.Tokens;
using WeComGen.Emulator.WelcomeCodes;

namespace WeComGen.Emulator;

/// <summary>
/// A WeCom emulator: a real HTTP server on 127.0.0.1 with <c>gettoken</c> and <c>send_welcome_msg</c> as the
/// API page describes them, and their neighbours <c>externalcontact/get</c>, <c>media/upload</c> and
/// <c>media/uploadimg</c>; fault injection, a record of every delivered welcome message, and WeCom's side of the
/// callback URL: <see cref="AddCustomerAsync(string, NewCustomer, CancellationToken)"/> issues a welcome code and
/// pushes the encrypted event. Its root is an inbox page: each welcome as the customer sees it, and the timeline of
/// its code.
/// <code>await using var emulator = await WeComEmulator.StartAsync();</code>
/// </summary>
public sealed class WeComEmulator : IAsyncDisposable
{
    /// <summary>How many welcome codes <see cref="Timelines"/> keeps: the ones heard of last.</summary>
    public const int TimelinesKept = 200;

    private readonly WebApplication _app;
    private readonly TokenIssuer _tokens;
    private readonly WelcomeCodeRegistry _codes;
    private readonly FaultQueue _faults;
    private readonly DeliveryGate _gate;
    private readonly CallbackPusher _callbacks;
    private readonly CustomerEvents _customers;
    private readonly WelcomeHistory _history;
    private readonly CustomerDirectory _directory;

    private WeComEmulator(WebApplication app, WeComEmulatorOptions options, TokenIssuer tokens, WelcomeCodeRegistry codes, FaultQueue faults, DeliveryGate gate, CallbackPusher callbacks, CustomerEvents customers, WelcomeHistory history, CustomerDirectory directory, EmulatorMedia media)
    {
        _app = app;
        Options = options;
        _tokens = tokens;
        _codes = codes;
        _faults = faults;
        _gate = gate;
        _callbacks = callbacks;
        _customers = customers;
        _history = history;
        _directory = directory;
        Media = media;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    /// <summary>Where the emulator listens, e.g. <c>http://127.0.0.1:53127/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The options it runs with.</summary>
    public WeComEmulatorOptions Options { get; }

    /// <summary>The corp ID <c>gettoken</c> accepts.</summary>
    public string CorpId => Options.CorpId;

    /// <summary>The first app's secret.</summary>
    public string Secret => Options.Apps[0].Secret;

    /// <summary>The callback Token the app's callback settings hold (the bot must be configured with the same).</summary>
    public string CallbackToken => Options.CallbackToken;

    /// <summary>The callback EncodingAESKey the app's callback settings hold (the bot must be configured with the same).</summary>
    public string CallbackEncodingAesKey => Options.CallbackEncodingAesKey;

    /// <summary>Where callbacks are pushed; <see langword="null"/> until set.</summary>
    public Uri? CallbackUrl => _callbacks.Url;

    /// <summary>How many times <c>gettoken</c> was called (faulted calls included).</summary>
    public int GetTokenCalls => _tokens.Calls;

    /// <summary>
    /// The media the emulator took (<c>media/upload</c>, <c>media/uploadimg</c>); <see cref="EmulatorMedia.Add"/>
    /// registers one without HTTP, for tests and samples whose welcome refers to a media_id.
    /// </summary>
    public EmulatorMedia Media { get; }

    /// <summary>Every welcome message delivered so far, in order.</summary>
    public IReadOnlyList<DeliveredWelcomeMessage> Deliveries => _codes.Deliveries;

    /// <summary>
    /// The story of the latest welcome codes, oldest first: issued, callback pushed and answered, each send and its
    /// answer, delivery. The inbox page at <see cref="BaseAddress"/> draws it.
    /// </summary>
    public IReadOnlyList<WelcomeTimeline> Timelines => _history.Snapshot();

    /// <summary>Starts an emulator on loopback.</summary>
    public static async Task<WeComEmulator> StartAsync(WeComEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new WeComEmulatorOptions();
        if (options.Apps.Count == 0)
        {
            throw new ArgumentException("The emulated corp needs at least one app.", nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(WeComEmulator).Assembly.GetName().Name });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Logging.ClearProviders();
        if (options.LogToConsole)
        {
            // ASP.NET Core's request log prints query strings, which carry tokens and secrets; the emulator logs paths.
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true)
                .AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        }

        // Checked before anything listens: bad callback settings are an ArgumentException, not a failed push later.
        var callbacks = CallbackPusher.Create(options);
        var app = builder.Build();
        if (options.LogToConsole)
        {
            app.Use(RequestLog.Middleware(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<WeComEmulator>()));
        }

        var tokens = new TokenIssuer(options);
        var history = new WelcomeHistory(options.Time);
        var codes = new WelcomeCodeRegistry(options, history);
        var faults = new FaultQueue();
        var gate = new DeliveryGate();
        var directory = new CustomerDirectory(options.Time);
        var media = new EmulatorMedia(options.Time, options.CorpId);
        var customers = new CustomerEvents(options, codes, callbacks, history, directory);
        var apiGate = new ApiGate(options, tokens, faults);
        new EmulatorRoutes(options, tokens, codes, faults, gate, customers, history, media).Map(app);
        new CustomerRoutes(apiGate, directory).Map(app);
        new MediaRoutes(apiGate, media).Map(app);
        new InboxRoutes(options, history, customers, media).Map(app);
        await app.StartAsync(cancellationToken);
        return new WeComEmulator(app, options, tokens, codes, faults, gate, callbacks, customers, history, directory, media);
    }

    /// <summary>Issues a welcome code, as an add-external-contact event would; valid from now by the emulator's clock.</summary>
    public string IssueWelcomeCode() => _codes.Issue();

    /// <summary>Sets where callbacks are pushed: the bot's callback URL, known once the bot listens.</summary>
    public void UseCallbackUrl(Uri url) => _callbacks.UseUrl(url);

    /// <summary>
    /// Plays a customer adding <paramref name="userId"/>: issues a welcome code (valid from now by the emulator's
    /// clock), writes the self-built app's <c>change_external_contact</c> / <c>add_external_contact</c> event,
    /// encrypts it with the callback Token and EncodingAESKey for the corp, and POSTs it to <see cref="CallbackUrl"/>.
    /// A callback URL that does not answer is reported in <see cref="AddedCustomer.Answer"/>, not thrown.
    /// </summary>
    public Task<AddedCustomer> AddCustomerAsync(string userId, string externalUserId, string? state = null, CancellationToken cancellationToken = default) =>
        _customers.AddAsync(userId, new NewCustomer(externalUserId) { State = state }, cancellationToken);

    /// <summary>
    /// Plays <paramref name="userId"/> adding <paramref name="customer"/>, with the profile and follow-user details it
    /// gives (name, type, gender, state, remark, tags…), as <see cref="AddCustomerAsync(string, string, string?, CancellationToken)"/> does.
    /// </summary>
    public Task<AddedCustomer> AddCustomerAsync(string userId, NewCustomer customer, CancellationToken cancellationToken = default) =>
        _customers.AddAsync(userId, customer, cancellationToken);

    /// <summary>The customer's profile as <c>externalcontact/get</c> answers it; <see langword="null"/> when never added.</summary>
    public CustomerProfile? FindCustomer(string externalUserId) => _directory.Find(externalUserId);

    /// <summary>Gives an added customer <paramref name="count"/> more follow users (<c>member00002</c>…), with no callback.</summary>
    public CustomerProfile AddFollowUsers(string externalUserId, int count) => _directory.AddFollowUsers(externalUserId, count);

    /// <summary>
    /// Pushes <paramref name="customer"/>'s callback again, as WeCom does when it got no answer in time: the same
    /// request byte for byte, or with <paramref name="freshEnvelope"/> re-encrypted with a new timestamp and nonce.
    /// </summary>
    public Task<CallbackAnswer> ReplayCallbackAsync(AddedCustomer customer, bool freshEnvelope = false, CancellationToken cancellationToken = default) =>
        _customers.ReplayAsync(customer, freshEnvelope, cancellationToken);

    /// <summary>Queues faults for the next requests of <paramref name="endpoint"/>, one per request, in order.</summary>
    public void InjectFaults(EmulatedEndpoint endpoint, params EmulatorFault[] faults) => _faults.Enqueue(endpoint, faults);

    /// <summary>Revokes every access token now; their next use gets 40014.</summary>
    public void RevokeTokens() => _tokens.RevokeAll();

    /// <summary>Holds every send that reaches delivery until the returned handle is disposed.</summary>
    public IDisposable HoldDeliveries() => _gate.Hold();

    /// <summary>Completes when a send of <paramref name="welcomeCode"/> is in flight (or has been).</summary>
    public Task WhenInFlight(string welcomeCode) => _codes.WhenInFlight(welcomeCode);

    /// <summary>Completes when the emulator stops (Ctrl+C in standalone use).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _callbacks.Dispose();
    }
}
