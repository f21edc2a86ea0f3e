using Microsoft.Extensions.Logging;

namespace WeComGen.Client.Tests.Simulation;

/// <summary>Writes what the client and its token source log into a simulation's trace, stamped with virtual time.</summary>
public sealed class TraceLogger(SimClock clock, List<string> trace) : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        trace.Add($"{clock.GetUtcNow():HH:mm:ss.fff}   client: {formatter(state, exception)}");

    public void Dispose()
    {
    }
}
