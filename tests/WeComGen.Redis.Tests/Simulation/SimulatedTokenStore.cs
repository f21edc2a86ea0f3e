using Microsoft.Extensions.Time.Testing;

namespace WeComGen.Redis.Tests.Simulation;

/// <summary>
/// A healthy Redis as the token source sees it, on a fake clock: each command takes a random time on its way there
/// and back (never past the operation timeout), and is applied atomically when it arrives, as Redis applies it.
/// </summary>
internal sealed class SimulatedTokenStore(FakeTimeProvider time, Random random, TimeSpan longestLatency) : ISharedTokenStore
{
    private const string TokenKey = "token";
    private const string LockKey = "lock";

    private readonly Dictionary<string, (string Value, DateTimeOffset? Until)> _keys = [];
    private readonly int _driver = Environment.CurrentManagedThreadId;

    /// <summary>Whether a command ran off the thread that drives the clock (the run would then not replay from its seed).</summary>
    public bool RanOffThread { get; private set; }

    /// <summary>How many commands the store was sent.</summary>
    public int Commands { get; private set; }

    /// <summary>Notes a step that runs off the thread that drives the clock.</summary>
    public void NoteThread() => RanOffThread |= Environment.CurrentManagedThreadId != _driver;

    public Task<string?> ReadAsync() => RunAsync(() => Get(TokenKey));

    public Task StoreAsync(string value, TimeSpan lifetime) => RunAsync(() => Set(TokenKey, value, lifetime));

    public Task DeleteAsync(string value) => RunAsync(() => Get(TokenKey) == value && _keys.Remove(TokenKey));

    public Task<bool> TryLockAsync(string owner, TimeSpan timeout) => RunAsync(() => Get(LockKey) is null && Set(LockKey, owner, timeout));

    public Task<bool> RenewAsync(string owner, TimeSpan timeout) => RunAsync(() => Get(LockKey) == owner && Set(LockKey, owner, timeout));

    public Task ReleaseAsync(string owner) => RunAsync(() => Get(LockKey) == owner && _keys.Remove(LockKey));

    public Task<long> CountGetTokenCallAsync(DateTimeOffset now) => RunAsync(() =>
    {
        var key = "count:" + now.ToUnixTimeSeconds() / 60;
        var count = long.Parse(Get(key) ?? "0") + 1;
        Set(key, count.ToString(), TimeSpan.FromMinutes(2));
        return count;
    });

    private async Task<T> RunAsync<T>(Func<T> command)
    {
        Commands++;
        await Task.Delay(Latency(), time).ConfigureAwait(false);
        NoteThread();
        var result = command();
        await Task.Delay(Latency(), time).ConfigureAwait(false);
        return result;
    }

    private TimeSpan Latency() => TimeSpan.FromMilliseconds(random.Next((int)longestLatency.TotalMilliseconds / 2 + 1));

    private string? Get(string key) =>
        _keys.TryGetValue(key, out var entry) && (entry.Until is not { } until || time.GetUtcNow() < until) ? entry.Value : null;

    private bool Set(string key, string value, TimeSpan? lifetime)
    {
        _keys[key] = (value, time.GetUtcNow() + lifetime);
        return true;
    }
}
