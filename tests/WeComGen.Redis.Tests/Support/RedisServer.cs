using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace WeComGen.Redis.Tests.Support;

/// <summary>
/// A redis-server of the tests' own on a free loopback port, without persistence, stopped by its process id.
/// The tests never touch a Redis they did not start.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;
    private ConnectionMultiplexer? _admin;

    public int Port { get; } = FreePort();

    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>A connection for the tests' own looks and faults (DEBUG SLEEP, FLUSHALL).</summary>
    public IDatabase Admin => _admin!.GetDatabase();

    public IServer AdminServer => _admin!.GetServer("127.0.0.1", Port);

    public async Task InitializeAsync()
    {
        await StartAsync();
        _admin = await ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions
        {
            EndPoints = { { IPAddress.Loopback, Port } },
            AllowAdmin = true,
            AbortOnConnectFail = false,

            // Longer than any DEBUG SLEEP a test asks for (5 s at most): the sleep's own answer must not time out.
            SyncTimeout = 30_000,
            AsyncTimeout = 30_000,
        });
    }

    /// <summary>Starts the server (again, after <see cref="Stop"/>) on the same port and waits until it answers.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--enable-debug-command", "local" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(25);
            }
        }

        throw new InvalidOperationException("redis-server did not listen on port " + Port);
    }

    /// <summary>Kills the server by its process id and waits until it is gone.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Makes the server answer nothing for <paramref name="duration"/>; completes when it answers again.</summary>
    public Task SleepAsync(TimeSpan duration) =>
        Admin.ExecuteAsync("DEBUG", "SLEEP", duration.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task DisposeAsync()
    {
        if (_admin is not null)
        {
            await _admin.DisposeAsync();
        }

        Stop();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>Every test class that needs Redis shares one server; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}
