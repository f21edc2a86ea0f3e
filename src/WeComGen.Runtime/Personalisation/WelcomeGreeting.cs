using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WeComGen.Callbacks;
using WeComGen.Client;

namespace WeComGen.Personalisation;

/// <summary>
/// Writes the welcome's text: looks the customer up (<c>externalcontact/get</c>) within
/// <see cref="WelcomeGreetingOptions.LookupBudget"/> and fills the template, or, when the lookup is slow or fails,
/// sends the plain greeting and logs why, once per reason. The text always fits the contract's byte limit.
/// </summary>
public sealed class WelcomeGreeting
{
    private readonly GreetingTemplate _template;
    private readonly GreetingTemplate _plain;
    private readonly TimeSpan _budget;
    private readonly int _maxUtf8Bytes;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, bool> _reasonsLogged = new(StringComparer.Ordinal);

    /// <summary>
    /// A greeting whose text fits <paramref name="maxUtf8Bytes"/>: read it from the generated metadata,
    /// <c>ContractLimits.MaxUtf8Bytes(typeof(Text), nameof(Text.Content))</c>. A template that cannot be read, or
    /// a budget that is negative, is an <see cref="ArgumentException"/> naming the setting.
    /// </summary>
    public WelcomeGreeting(WelcomeGreetingOptions options, int maxUtf8Bytes, TimeProvider? time = null, ILogger<WelcomeGreeting>? logger = null)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        _template = Parse(options.Template, nameof(options.Template));
        _plain = Parse(options.PlainGreeting, nameof(options.PlainGreeting));
        if (_plain.Uses("name"))
        {
            throw new ArgumentException("WelcomeGreeting:PlainGreeting is sent when the name is not known: it cannot use {name}.", nameof(options));
        }

        if (options.LookupBudget < TimeSpan.Zero)
        {
            throw new ArgumentException($"WelcomeGreeting:LookupBudget ({options.LookupBudget}) must be at least zero.", nameof(options));
        }

        _budget = options.LookupBudget;
        _maxUtf8Bytes = maxUtf8Bytes > 0 ? maxUtf8Bytes : throw new ArgumentOutOfRangeException(nameof(maxUtf8Bytes), maxUtf8Bytes, "The text limit must be positive.");
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// The greeting for <paramref name="added"/>. <paramref name="lookup"/> calls <c>externalcontact/get</c>
    /// (<c>ct =&gt; client.GetExternalContactAsync(new() { ExternalUserId = added.ExternalUserId }, ct)</c>) and
    /// <paramref name="name"/> reads the name from its answer (<c>r =&gt; r.ExternalContact?.Name</c>). A template
    /// without <c>{name}</c> makes no lookup.
    /// </summary>
    public async Task<Greeting> ComposeAsync<TResponse>(
        ExternalContactAddedEvent added,
        Func<CancellationToken, Task<WeComOutcome<TResponse>>> lookup,
        Func<TResponse, string?> name,
        CancellationToken cancellationToken)
        where TResponse : class
    {
        if (added is null || lookup is null || name is null)
        {
            throw new ArgumentNullException(added is null ? nameof(added) : lookup is null ? nameof(lookup) : nameof(name));
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal) { ["state"] = added.State, ["member"] = added.UserId };
        if (!_template.Uses("name"))
        {
            return new Greeting(_template.Render(values, _maxUtf8Bytes), null, TimeSpan.Zero, null);
        }

        var started = _time.GetTimestamp();
        var (customerName, reason, reasonKey) = await LookUpAsync(lookup, name, cancellationToken).ConfigureAwait(false);
        var took = _time.GetElapsedTime(started);
        if (customerName is not null)
        {
            values["name"] = customerName;
            return new Greeting(_template.Render(values, _maxUtf8Bytes), customerName, took, null);
        }

        if (_reasonsLogged.TryAdd(reasonKey!, true))
        {
            GreetingLog.FallingBack(_logger, reason!);
        }
        else
        {
            GreetingLog.FellBack(_logger, reason!);
        }

        return new Greeting(_plain.Render(values, _maxUtf8Bytes), null, took, reason);
    }

    /// <summary>The customer's name, or why there is none and the key its log line is kept once under.</summary>
    private async Task<(string? Name, string? Reason, string? ReasonKey)> LookUpAsync<TResponse>(
        Func<CancellationToken, Task<WeComOutcome<TResponse>>> lookup,
        Func<TResponse, string?> name,
        CancellationToken cancellationToken)
        where TResponse : class
    {
        using var budget = new TimedCancellation(_time, _budget, cancellationToken);
        try
        {
            // The wait ends at the budget even for a lookup that does not honour its token.
            var outcome = await TaskCompat.WaitAsync(lookup(budget.Token), budget.Token).ConfigureAwait(false);
            return outcome switch
            {
                { Response: { } answer } when name(answer) is { Length: > 0 } found => (found, null, null),
                { Response: not null } => (null, "the customer has no name", "no name"),
                { Failure: WeComFailure.Rejected { Error: var rejected } } => (null, rejected.ToString(), "errcode " + rejected.Code),
                { Failure: WeComFailure.Misconfigured { Error: var misconfigured } } => (null, misconfigured.ToString(), "errcode " + misconfigured.Code),
                _ => (null, outcome.Failure!.Message, outcome.Failure.GetType().Name),
            };
        }
        catch (OperationCanceledException) when (budget.Elapsed(cancellationToken))
        {
            return (null, $"the lookup took longer than its budget of {_budget.TotalSeconds:0.###} s", "budget");
        }
    }

    private static GreetingTemplate Parse(string template, string setting)
    {
        try
        {
            return GreetingTemplate.Parse(template ?? throw new ArgumentException($"WelcomeGreeting:{setting} is required."));
        }
        catch (FormatException bad)
        {
            throw new ArgumentException($"WelcomeGreeting:{setting}: {bad.Message}", bad);
        }
    }
}
