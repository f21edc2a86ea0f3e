using System;
using System.Collections.Generic;
using WeComGen.Tokens;

namespace WeComGen.Client;

/// <summary>What a call does after an answer.</summary>
internal enum StepKind
{
    /// <summary>The call ends with <see cref="NextStep{TResponse}.Outcome"/>.</summary>
    Finish,

    /// <summary>Drop the refused access token and attempt again at once.</summary>
    RefreshToken,

    /// <summary>Wait <see cref="NextStep{TResponse}.Delay"/>, then attempt again.</summary>
    BackOff,

    /// <summary>The next attempt could not start before the credential's deadline: the call ends as past it.</summary>
    WindowClosed,
}

/// <summary>The decision <see cref="CallProgress{TResponse}.Next"/> takes.</summary>
internal readonly struct NextStep<TResponse>(StepKind kind, WeComOutcome<TResponse>? outcome = null, TimeSpan delay = default)
    where TResponse : class
{
    public StepKind Kind { get; } = kind;

    public WeComOutcome<TResponse>? Outcome { get; } = outcome;

    public TimeSpan Delay { get; } = delay;
}

/// <summary>
/// One call's attempts, retries and token refresh so far, and the second step after each answer: given what the
/// answer means (<see cref="AnswerMeaning{TResponse}"/>), what the call does next. Retries stay inside the attempt
/// limit, the error table's per-code limits and the credential's deadline; a refused token is refreshed once.
/// </summary>
internal sealed class CallProgress<TResponse>(WeComClientOptions options, Backoff retryBackoff, Backoff throttledBackoff)
    where TResponse : class
{
    private Dictionary<int, int>? _retriesByCode;
    private int _retries;
    private bool _tokenRefreshed;

    /// <summary>HTTP attempts of the endpoint so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>What kept the last attempt from succeeding, once one failed in a way worth another try.</summary>
    public WeComFailure? Last { get; private set; }

    /// <summary>Whether the attempt limit is spent (checked before a token refresh's immediate attempt).</summary>
    public bool AttemptsSpent => Last is not null && Attempts >= options.MaxAttempts;

    public void Attempted() => Attempts++;

    public WeComOutcome<TResponse> Fail(WeComFailure failure) => new WeComOutcome<TResponse>.Failed(failure, Attempts);

    /// <summary>What the call does about <paramref name="meaning"/>, at <paramref name="now"/>.</summary>
    public NextStep<TResponse> Next(in AnswerMeaning<TResponse> meaning, AccessToken? token, DateTimeOffset now, DateTimeOffset? deadline)
    {
        switch (meaning.Kind)
        {
            case AnswerKind.Sent:
                return Finish(new WeComOutcome<TResponse>.Sent(meaning.Response!, Attempts));
            case AnswerKind.AlreadyDelivered:
                return Finish(new WeComOutcome<TResponse>.AlreadyDelivered(meaning.Response!, meaning.Error!, Attempts));
            case AnswerKind.TokenRefused when !_tokenRefreshed && token is not null:
                _tokenRefreshed = true;
                Last = meaning.Failure;
                return new NextStep<TResponse>(StepKind.RefreshToken);
            case AnswerKind.Transient:
                return AfterTransient(meaning, now, deadline);
            default:
                return Finish(Fail(meaning.Failure!));
        }
    }

    private NextStep<TResponse> AfterTransient(in AnswerMeaning<TResponse> meaning, DateTimeOffset now, DateTimeOffset? deadline)
    {
        var problem = meaning.Failure!;
        if (meaning.Error is { } error && !SpendRetryOf(error))
        {
            return Finish(Fail(new WeComFailure.RetriesExhausted(Attempts, problem)));
        }

        Last = problem;

        // Rounds are bounded as well as attempts: a gettoken outage makes no attempts of the endpoint.
        if (Attempts >= options.MaxAttempts || _retries + 1 >= options.MaxAttempts)
        {
            return Finish(Fail(new WeComFailure.RetriesExhausted(Attempts, problem)));
        }

        var delay = (IsThrottled(problem) ? throttledBackoff : retryBackoff).Delay(_retries++);
        return deadline is { } end && now + delay >= end
            ? new NextStep<TResponse>(StepKind.WindowClosed)
            : new NextStep<TResponse>(StepKind.BackOff, delay: delay);
    }

    /// <summary>Counts a retry of an error code; <see langword="false"/> when the table's limit for it is spent.</summary>
    private bool SpendRetryOf(ApiError error)
    {
        _retriesByCode ??= new Dictionary<int, int>();
        _retriesByCode.TryGetValue(error.Code, out var used);
        if (error.Info?.RetryLimit is { } limit && used >= limit)
        {
            return false;
        }

        _retriesByCode[error.Code] = used + 1;
        return true;
    }

    private static bool IsThrottled(WeComFailure problem) => problem switch
    {
        WeComFailure.ServerBusy busy => busy.Error.Action == Endpoints.ErrorAction.Throttled,
        WeComFailure.TransportFailure transport => transport.Problem == TransportProblem.TooManyRequests,
        _ => false,
    };

    private static NextStep<TResponse> Finish(WeComOutcome<TResponse> outcome) => new(StepKind.Finish, outcome);
}
