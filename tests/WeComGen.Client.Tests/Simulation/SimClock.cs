namespace WeComGen.Client.Tests.Simulation;

/// <summary>
/// Virtual time for a simulation: nothing moves until the driver fires the earliest timer, which sets the clock to
/// its due time. Timers due at the same moment fire in the order they were armed, so a seed replays exactly. The
/// client's waits, timeouts and deadlines and the scripted server's latencies are all timers of this clock.
/// </summary>
public sealed class SimClock(DateTimeOffset start) : TimeProvider
{
    private readonly PriorityQueue<(SimTimer Timer, long Version), (long Due, long Sequence)> _armed = new();
    private readonly object _gate = new();
    private DateTimeOffset _now = start;
    private long _sequence;

    public override DateTimeOffset GetUtcNow()
    {
        CheckThread();
        lock (_gate)
        {
            return _now;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    private readonly int _driverThread = Environment.CurrentManagedThreadId;
    private string? _offThread;

    /// <summary>
    /// Where the clock was first used from a thread other than the driver's: a continuation went to the thread pool,
    /// so the run no longer replays exactly. <see langword="null"/> when everything ran on the driver's thread.
    /// </summary>
    public string? OffThreadUse => Volatile.Read(ref _offThread);

    /// <summary>Notes a use from another thread than the driver's (the clock checks itself; callers may check more places).</summary>
    public void CheckThread()
    {
        if (Environment.CurrentManagedThreadId != _driverThread)
        {
            Interlocked.CompareExchange(ref _offThread, Environment.StackTrace, null);
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        CheckThread();
        var timer = new SimTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Runs <paramref name="action"/> after <paramref name="delay"/> of virtual time.</summary>
    public void Schedule(TimeSpan delay, Action action) => CreateTimer(static a => ((Action)a!)(), action, delay, Timeout.InfiniteTimeSpan);

    /// <summary>Fires the earliest armed timer, moving the clock to its due time; <see langword="false"/> when none is armed.</summary>
    public bool FireNext()
    {
        SimTimer timer;
        lock (_gate)
        {
            while (true)
            {
                if (!_armed.TryDequeue(out var entry, out var key))
                {
                    return false;
                }

                if (entry.Timer.Version == entry.Version)
                {
                    timer = entry.Timer;
                    if (key.Due > _now.UtcTicks)
                    {
                        _now = new DateTimeOffset(key.Due, TimeSpan.Zero);
                    }

                    break;
                }
            }
        }

        timer.Fire();
        return true;
    }

    private void Arm(SimTimer timer, TimeSpan dueTime)
    {
        lock (_gate)
        {
            var due = _now.UtcTicks + Math.Max(0, dueTime.Ticks);
            _armed.Enqueue((timer, timer.Version), (due, _sequence++));
        }
    }

    private sealed class SimTimer(SimClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        /// <summary>Bumped by every change: queue entries of an older version are stale and skipped.</summary>
        public long Version { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                Version++;
                _period = period;
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    clock.Arm(this, dueTime);
                }
            }

            return true;
        }

        public void Fire()
        {
            lock (clock._gate)
            {
                if (_period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero)
                {
                    clock.Arm(this, _period);
                }
            }

            callback(state);
        }

        public void Dispose()
        {
            lock (clock._gate)
            {
                Version++;
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
