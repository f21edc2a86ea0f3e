using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

/// <summary>
/// Runs queued callbacks' handlers, at most <see cref="WeComCallbackOptions.MaxConcurrentHandlers"/> at once,
/// each with a token that fires at its deadline or when the app stops; on stop, waits for those running.
/// </summary>
internal sealed class CallbackDispatcher(
    CallbackQueue queue,
    IServiceScopeFactory scopes,
    IOptions<WeComCallbackOptions> options,
    TimeProvider clock,
    CallbackTelemetry telemetry,
    ILogger<CallbackDispatcher> logger) : BackgroundService
{
    private readonly int _maxConcurrent = options.Value.MaxConcurrentHandlers;
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentHandlers);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                // A slot first, then an item: while every slot is busy, callbacks wait in the bounded queue,
                // so a full queue is seen by the endpoint (which answers 503) rather than hidden here.
                await _slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                CallbackWorkItem item;
                try
                {
                    item = await queue.Reader.ReadAsync(stoppingToken).ConfigureAwait(false);
                }
                catch
                {
                    _slots.Release();
                    throw;
                }

                _ = RunAsync(item, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping: the handlers still running see the same token.
        }

        // Every handler returns its slot when it ends: holding them all means none is running.
        for (var i = 0; i < _maxConcurrent; i++)
        {
            await _slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one handler, in a span of its own, and returns its slot; never throws.</summary>
    private async Task RunAsync(CallbackWorkItem item, CancellationToken stoppingToken)
    {
        Activity? span = null;
        var started = 0L;
        var (outcome, errorType) = ("completed", (string?)null);
        try
        {
            // Off the reader's loop at once: the next callback must not wait for this handler to yield.
            await Task.Yield();
            started = clock.GetTimestamp();
            span = telemetry.StartHandler(item);
            var remaining = item.Deadline - clock.GetUtcNow();
            using var expiry = new CancellationTokenSource(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, clock);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(expiry.Token, stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await item.Handler(new WeComCallbackContext(item.Event, scope.ServiceProvider, item.Deadline), linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (linked.IsCancellationRequested)
            {
                (outcome, errorType) = ("cancelled", stoppingToken.IsCancellationRequested ? "stopping" : "deadline");
                CallbackLog.HandlerCancelled(logger, item.Event.ToString(), stoppingToken.IsCancellationRequested ? "the app is stopping" : "its deadline passed");
            }
        }
        catch (Exception e)
        {
            (outcome, errorType) = ("failed", e.GetType().FullName);
            CallbackLog.HandlerFailed(logger, e, item.Event.ToString());
        }
        finally
        {
            telemetry.HandlerEnded(item, span, clock.GetElapsedTime(started), outcome, errorType);
            _slots.Release();
        }
    }
}
