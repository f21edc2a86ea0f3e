using System.Collections.Concurrent;
using System.Threading.Tasks;
using WeComGen.Client;
using WeComGen.ExternalContact;

namespace WeComGen.Samples.WelcomeBot;

/// <summary>
/// How welcomes ended, for whoever waits for one (the emulated run and the tests). Keeps nothing for customers
/// nobody waits for, so a bot that serves for months holds no history.
/// </summary>
public sealed class WelcomeOutcomes
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<WeComOutcome<SendWelcomeMsgResponse>>> _waiting = new();

    /// <summary>Completes with the next welcome sent to <paramref name="externalUserId"/>; call it before the customer is added.</summary>
    public Task<WeComOutcome<SendWelcomeMsgResponse>> Expect(string externalUserId) =>
        _waiting.GetOrAdd(externalUserId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Hands <paramref name="outcome"/> to whoever waits for <paramref name="externalUserId"/>.</summary>
    public void Report(string externalUserId, WeComOutcome<SendWelcomeMsgResponse> outcome)
    {
        if (_waiting.TryRemove(externalUserId, out var waiter))
        {
            waiter.TrySetResult(outcome);
        }
    }
}
