using System;
using StackExchange.Redis;

namespace WeComGen.Redis;

/// <summary>
/// Where WeComGen keeps what several instances share, and how long it waits for it. Bindable from configuration
/// (a section with <c>ConnectionString</c>, <c>KeyPrefix</c>, ...); the connection string is a secret when it holds a password.
/// </summary>
public sealed class WeComRedisOptions
{
    /// <summary>A StackExchange.Redis connection string (<c>127.0.0.1:6379</c>, say); unused when <see cref="Connection"/> is set.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>A connection the app already has; WeComGen uses it and leaves it open.</summary>
    public IConnectionMultiplexer? Connection { get; set; }

    /// <summary>What every key begins with, so that several apps can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "wecomgen:";

    /// <summary>
    /// The longest one Redis command may take; past it WeComGen goes on in-process. Short, since a welcome code
    /// has 20 seconds: Redis trouble must never make a welcome late.
    /// </summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>After Redis failed, how long WeComGen stays in-process before it asks Redis again.</summary>
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long the lock that lets one instance call <c>gettoken</c> for the cluster lasts unless renewed. Its holder
    /// renews it every third of this while it refreshes, so a slow refresh keeps it; a holder that dies frees it
    /// within this time. At least three times <see cref="OperationTimeout"/> (checked at start), so that a renewal lands in time.
    /// </summary>
    public TimeSpan TokenLockTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most <c>gettoken</c> calls per minute for one corp and secret, counted across every instance.</summary>
    public int MaxGetTokenCallsPerMinute { get; set; } = 20;
}
