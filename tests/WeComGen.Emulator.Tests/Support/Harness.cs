using Microsoft.Extensions.Time.Testing;
using WeComGen.Emulator;

namespace WeComGen.Emulator.Tests.Support;

/// <summary>An emulator on loopback on a fake clock, and a plain HttpClient to talk to it.</summary>
public sealed class Harness : IAsyncDisposable
{
    private Harness(WeComEmulator emulator, FakeTimeProvider clock)
    {
        Emulator = emulator;
        Clock = clock;
    }

    public WeComEmulator Emulator { get; }

    /// <summary>The emulator's clock: token lifetimes and welcome-code windows move only when a test advances it.</summary>
    public FakeTimeProvider Clock { get; }

    public HttpClient Http { get; } = new();

    public static async Task<Harness> StartAsync(Action<WeComEmulatorOptions>? configure = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        var options = new WeComEmulatorOptions { Time = clock };
        configure?.Invoke(options);
        return new Harness(await WeComEmulator.StartAsync(options), clock);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
