using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using WeComGen.Client;
using WeComGen.Credentials;
using WeComGen.Emulator;
using WeComGen.ExternalContact;

// dotnet run -c Release --project bench/WeComGen.Redis.Benchmarks -- REDIS [SENDS] [ROUNDS]
//   REDIS   a Redis this harness may write to (keys under a fresh prefix), e.g. 127.0.0.1:6390
//   SENDS   sends per measurement (default 4000), 64 at a time; ROUNDS: rounds, each measuring every kind once (default 15)
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: WeComGen.Redis.Benchmarks REDIS [SENDS] [ROUNDS]");
    return 2;
}

var redis = args[0];
var sends = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4000;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15;
const int Concurrency = 64;

// 1. Two instances x 1,000 concurrent sends on an expired token.
var lifetime = TimeSpan.FromSeconds(3);
await using (var emulator = await WeComEmulator.StartAsync(new WeComEmulatorOptions { TokenLifetime = lifetime }))
{
    var prefix = "bench-" + Guid.NewGuid().ToString("N") + ":";
    await using var first = Instance(emulator, redis, prefix, shareClaims: true);
    await using var second = Instance(emulator, redis, prefix, shareClaims: true);
    await SendAsync(first, emulator);
    await SendAsync(second, emulator);
    await Task.Delay(lifetime + TimeSpan.FromMilliseconds(500));
    var before = emulator.GetTokenCalls;
    var outcomes = await Task.WhenAll(Enumerable.Range(0, 2000).Select(i => SendAsync(i % 2 == 0 ? first : second, emulator)));
    Console.WriteLine($"expired token, 2 instances x 1,000 concurrent sends: {emulator.GetTokenCalls - before} gettoken call(s), {outcomes.Count(o => o.IsSuccess)} of 2000 sent, {Outages.Count} time(s) in-process after a Redis timeout");
}

// 2. Throughput: in-memory token source, Redis token source, and everything on Redis (tokens and single-use claims), interleaved.
await using (var emulator = await WeComEmulator.StartAsync())
{
    var prefix = "bench-" + Guid.NewGuid().ToString("N") + ":";
    await using var inMemory = Instance(emulator, null, prefix, shareClaims: false);
    await using var redisTokens = Instance(emulator, redis, prefix, shareClaims: false);
    await using var redisAll = Instance(emulator, redis, prefix, shareClaims: true);
    var kinds = new (string Name, ServiceProvider Instance)[] { ("in-memory tokens", inMemory), ("Redis tokens", redisTokens), ("Redis tokens + claims", redisAll) };
    var rates = kinds.ToDictionary(kind => kind.Name, _ => new List<double>());
    foreach (var kind in kinds)
    {
        await MeasureAsync(kind.Instance, emulator, Concurrency * 4); // warm-up
    }

    for (var round = 0; round < rounds; round++)
    {
        // Each round measures every kind once, starting with another kind each time, so that none always follows the
        // same one; a kind is compared with the in-memory source in the same round, under the same load.
        foreach (var kind in kinds.Skip(round % kinds.Length).Concat(kinds.Take(round % kinds.Length)))
        {
            rates[kind.Name].Add(await MeasureAsync(kind.Instance, emulator, sends));
        }
    }

    var baseline = rates["in-memory tokens"];
    Console.WriteLine($"throughput, {sends} sends {Concurrency} at a time, {rounds} rounds each measuring every kind once, paired with in-memory in the same round:");
    foreach (var kind in kinds)
    {
        var ratios = rates[kind.Name].Select((rate, round) => rate / baseline[round]).Order().ToList();
        Console.WriteLine(
            $"  {kind.Name,-22} median {Quantile(rates[kind.Name], 0.5),6:0} sends/s  ratio median {Quantile(ratios, 0.5):0.000}" +
            $"  quartiles {Quantile(ratios, 0.25):0.000}-{Quantile(ratios, 0.75):0.000}  range {ratios[0]:0.000}-{ratios[^1]:0.000}");
    }
}

return 0;

static ServiceProvider Instance(WeComEmulator emulator, string? redis, string prefix, bool shareClaims)
{
    var services = new ServiceCollection();
    services.AddLogging(logging => logging.AddProvider(Outages.Instance));
    services.AddWeComClient(options =>
    {
        options.CorpId = emulator.CorpId;
        options.Secret = emulator.Secret;
        options.BaseAddress = emulator.BaseAddress;
        options.TokenRefreshMargin = TimeSpan.Zero;
    });
    if (redis is not null)
    {
        services.AddWeComRedis(options =>
        {
            options.ConnectionString = redis;
            options.KeyPrefix = prefix;
        });
        if (!shareClaims)
        {
            services.RemoveAll<ICredentialClaims>();
        }
    }

    return services.BuildServiceProvider();
}

static Task<WeComOutcome<SendWelcomeMsgResponse>> SendAsync(ServiceProvider instance, WeComEmulator emulator) =>
    instance.GetRequiredService<WeComClient>().SendWelcomeMsgAsync(
        new SendWelcomeMsgRequest { WelcomeCode = EventCode.Received(emulator.IssueWelcomeCode(), TimeProvider.System), Text = new Text { Content = "欢迎！" } });

static async Task<double> MeasureAsync(ServiceProvider instance, WeComEmulator emulator, int count)
{
    var next = -1;
    var failed = 0;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
    {
        while (Interlocked.Increment(ref next) < count)
        {
            if (!(await SendAsync(instance, emulator)).IsSuccess)
            {
                Interlocked.Increment(ref failed);
            }
        }
    }));
    clock.Stop();
    return failed > 0 ? throw new InvalidOperationException($"{failed} sends failed") : count / clock.Elapsed.TotalSeconds;
}

static double Quantile(List<double> values, double q)
{
    // Linear between the two nearest ranks.
    var sorted = values.Order().ToList();
    var rank = q * (sorted.Count - 1);
    var below = (int)Math.Floor(rank);
    var above = Math.Min(below + 1, sorted.Count - 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
}

/// <summary>Counts the times an instance went in-process (event 300), so that a run says why it made more gettoken calls.</summary>
internal sealed class Outages : ILoggerProvider, ILogger
{
    private static int _count;

    public static Outages Instance { get; } = new();

    public static int Count => Volatile.Read(ref _count);

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (eventId.Id == 300)
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void Dispose()
    {
    }
}
