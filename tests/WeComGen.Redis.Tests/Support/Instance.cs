using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using WeComGen.AspNetCore;
using WeComGen.Client;
using WeComGen.Credentials;
using WeComGen.Emulator;
using WeComGen.ExternalContact;
using WeComGen.Tokens;

namespace WeComGen.Redis.Tests.Support;

/// <summary>One instance of a bot: its own service provider, registered the way a user registers it, sharing Redis with the others.</summary>
public sealed class Instance : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private Instance(ServiceProvider provider) => _provider = provider;

    public WeComClient Client => _provider.GetRequiredService<WeComClient>();

    public IAccessTokenSource Tokens => _provider.GetRequiredService<IAccessTokenSource>();

    public IWeComCallbackDeduplicator Deduplicator => _provider.GetRequiredService<IWeComCallbackDeduplicator>();

    public FakeLogCollector Logs => _provider.GetFakeLogCollector();

    public IServiceProvider Services => _provider;

    /// <summary>An instance whose client calls <paramref name="emulator"/> and whose shared state lives under <paramref name="keyPrefix"/>.</summary>
    public static Instance Start(WeComEmulator emulator, string connectionString, string keyPrefix, Action<WeComRedisOptions>? redis = null, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddFakeLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddWeComClient(options =>
        {
            options.CorpId = emulator.CorpId;
            options.Secret = emulator.Secret;
            options.BaseAddress = emulator.BaseAddress;
            options.AttemptTimeout = TimeSpan.FromSeconds(10);
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            options.RetryMaxDelay = TimeSpan.FromMilliseconds(100);
        }).AddWeComRedis(connectionString);
        services.AddWeComCallbacks(options =>
        {
            options.Token = emulator.CallbackToken;
            options.EncodingAesKey = emulator.CallbackEncodingAesKey;
            options.ReceiveId = emulator.CorpId;
        });
        services.Configure<WeComRedisOptions>(options =>
        {
            options.KeyPrefix = keyPrefix;
            options.TokenLockTimeout = TimeSpan.FromSeconds(6); // renewed every 2 s, each renewal within the operation timeout
            options.OperationTimeout = TimeSpan.FromSeconds(2); // the machine may be busy; the slow-Redis test sets its own
            redis?.Invoke(options);
        });
        return new Instance(services.BuildServiceProvider());
    }

    /// <summary>A unique key prefix, so that tests sharing one Redis never see each other's keys.</summary>
    public static string NewPrefix() => "test-" + Guid.NewGuid().ToString("N") + ":";

    public Task<WeComOutcome<SendWelcomeMsgResponse>> SendAsync(string welcomeCode, CancellationToken cancellationToken = default) =>
        Client.SendWelcomeMsgAsync(new SendWelcomeMsgRequest { WelcomeCode = EventCode.Received(welcomeCode, TimeProvider.System), Text = new Text { Content = "欢迎！" } }, cancellationToken);

    /// <summary>How many log lines of <paramref name="eventId"/> this instance wrote.</summary>
    public int Logged(int eventId) => Logs.GetSnapshot().Count(record => record.Id.Id == eventId);

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();
}
