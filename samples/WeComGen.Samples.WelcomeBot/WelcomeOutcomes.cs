using System.Collections.Concurrent;
using System.Threading.Tasks;
using WeComGen.Client;
using WeComGen.ExternalContact;
using WeComGen.Personalisation;

namespace WeComGen.Samples.WelcomeBot;

/// <summary>How a welcome ended: the client's outcome and the greeting it carried (with how long the lookup took).</summary>
public sealed record WelcomeReport(WeComOutcome<SendWelcomeMsgResponse> Outcome, Greeting Greeting);

/// <summary>
/// How welcomes ended, for whoever waits for one (the emulated run and the tests). Keeps nothing for customers
/// nobody waits for, so a bot that serves for months holds no history.
/// </summary>
public sealed class WelcomeOutcomes
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<WelcomeReport>> _waiting = new();

    /// <summary>Completes with the next welcome sent to <paramref name="externalUserId"/>; call it before the customer is added.</summary>
    public Task<WelcomeReport> Expect(string externalUserId) =>
        _waiting.GetOrAdd(externalUserId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Hands <paramref name="report"/> to whoever waits for <paramref name="externalUserId"/>.</summary>
    public void Report(string externalUserId, WelcomeReport report)
    {
        if (_waiting.TryRemove(externalUserId, out var waiter))
        {
            waiter.TrySetResult(report);
        }
    }
}
