using System;
using System.Collections.Generic;
using System.Diagnostics;
using WeComGen.Client;
using WeComGen.Tokens;

namespace WeComGen.Diagnostics;

/// <summary>
/// What the client and the token cache record, at the points of a call where something happens. Every method checks
/// that someone listens before it builds a tag, and swallows what a listener throws: a listener's callback runs inside
/// <c>Add</c>, <c>Record</c>, <c>Start</c> and <c>Stop</c>, and telemetry must never fail a send.
/// </summary>
internal static class ClientTelemetry
{
    /// <summary>
    /// Starts a call's span, a child of the ambient activity (a callback's handler span when a handler sends), made the
    /// ambient activity of the caller's async flow so that HttpClient's request spans are its children; <see langword="null"/>
    /// when no one listens.
    /// </summary>
    public static Activity? StartCall(this WeComTelemetry telemetry, string endpoint)
    {
        if (!telemetry.ActivitySource.HasListeners())
        {
            return null;
        }

        var ambient = Activity.Current;
        try
        {
            var span = telemetry.ActivitySource.StartActivity(endpoint, ActivityKind.Client);
            span?.AddTag(TelemetryTags.Endpoint, endpoint);
            return span;
        }
        catch (Exception)
        {
            Activity.Current = ambient;
            return null;
        }
    }

    /// <summary>Records one HTTP attempt: what it got back and how long the credential's window had left when it went out.</summary>
    public static void Attempted<TResponse>(
        this WeComTelemetry telemetry, string endpoint, Activity? span, int attempt, TimeSpan? windowLeft, in Exchange<TResponse> exchange, in AnswerMeaning<TResponse> meaning)
        where TResponse : class
    {
        try
        {
            var instruments = telemetry.Client;
            if (windowLeft is { } left && instruments.CredentialTimeLeft.Enabled)
            {
                instruments.CredentialTimeLeft.Record(left.TotalSeconds, new KeyValuePair<string, object?>(TelemetryTags.Endpoint, endpoint));
            }

            var status = exchange.StatusCode;
            var errCode = meaning.Error?.Code;
            var errorType = meaning.Failure is { } failure ? ErrorTypes.Of(failure) : null;
            span?.AddEvent(new ActivityEvent(TelemetryTags.AttemptEvent, tags: AttemptTags(attempt, status, errCode, errorType)));
            if (instruments.Attempts.Enabled)
            {
                var tags = new TagList { { TelemetryTags.Endpoint, endpoint } };
                AddIfSet(ref tags, TelemetryTags.StatusCode, status);
                AddError(ref tags, errorType, errCode);
                instruments.Attempts.Add(1, tags);
            }
        }
        catch (Exception)
        {
            // A listener's problem, not the call's.
        }
    }

    /// <summary>Records a backoff before another attempt, by the problem that caused it.</summary>
    public static void Retrying(this WeComTelemetry telemetry, string endpoint, WeComFailure problem)
    {
        try
        {
            var retries = telemetry.Client.Retries;
            if (retries.Enabled)
            {
                retries.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Endpoint, endpoint), new KeyValuePair<string, object?>(TelemetryTags.ErrorType, ErrorTypes.Of(problem)));
            }
        }
        catch (Exception)
        {
            // A listener's problem, not the call's.
        }
    }

    /// <summary>Records an access token an endpoint refused and the client dropped.</summary>
    public static void RefreshingToken(this WeComTelemetry telemetry, string endpoint)
    {
        try
        {
            telemetry.Tokens.Refreshes.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Endpoint, endpoint));
        }
        catch (Exception)
        {
            // A listener's problem, not the call's.
        }
    }

    /// <summary>Records a call of gettoken and, when it got no token, why.</summary>
    public static void Fetched(this WeComTelemetry telemetry, AccessTokenResult result)
    {
        try
        {
            var instruments = telemetry.Tokens;
            instruments.Fetches.Add(1);
            if (result.Token is not null || !instruments.Failures.Enabled)
            {
                return;
            }

            var tags = new TagList { { TelemetryTags.ErrorType, result.ErrorCode != 0 ? ErrorTypes.TokenRefused : ErrorTypes.Of(result.Problem) } };
            if (result.ErrorCode != 0)
            {
                tags.Add(TelemetryTags.ErrCode, result.ErrorCode);
            }

            instruments.Failures.Add(1, tags);
        }
        catch (Exception)
        {
            // A listener's problem, not the token cache's.
        }
    }

    /// <summary>
    /// Records how a call ended (<paramref name="outcome"/> is <see langword="null"/> when it was cancelled or threw) and
    /// stops its span; a call that ended before its span started (refused at once) gets a span here, back-dated to its start.
    /// </summary>
    public static void Ended<TResponse>(this WeComTelemetry telemetry, string endpoint, WeComOutcome<TResponse>? outcome, bool cancelled, TimeSpan elapsed, Activity? span)
        where TResponse : class
    {
        if (span is null && telemetry.ActivitySource.HasListeners())
        {
            span = telemetry.StartCall(endpoint);
            span?.SetStartTime(span.StartTimeUtc - elapsed);
        }

        var instruments = telemetry.Client;
        if (span is null && !instruments.Duration.Enabled && !instruments.DeadlineMisses.Enabled)
        {
            return;
        }

        var (result, errorType, code) = Describe(outcome, cancelled);
        try
        {
            if (instruments.Duration.Enabled)
            {
                var tags = new TagList { { TelemetryTags.Endpoint, endpoint }, { TelemetryTags.Outcome, result } };
                AddError(ref tags, errorType, code);
                instruments.Duration.Record(elapsed.TotalSeconds, tags);
            }

            if (outcome?.Failure is WeComFailure.DeadlinePassed)
            {
                instruments.DeadlineMisses.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Endpoint, endpoint));
            }
        }
        catch (Exception)
        {
            // A listener's problem, not the call's; the span still ends.
        }

        if (span is not null)
        {
            // Tags the span does not have yet: added, not set, which would look each one up first.
            span.AddTag(TelemetryTags.Outcome, result);
            if (outcome is not null)
            {
                span.AddTag(TelemetryTags.Attempts, TagValues.Of(outcome.Attempts));
            }

            if (code is { } errCode)
            {
                span.AddTag(TelemetryTags.ErrCode, TagValues.Of(errCode));
            }

            if (errorType is not null)
            {
                span.AddTag(TelemetryTags.ErrorType, errorType);

                // The kind only: a failure's message may quote the server's errmsg.
                span.SetStatus(ActivityStatusCode.Error, errorType);
            }

            span.StopSafely();
        }
    }

    private static (string Outcome, string? ErrorType, int? ErrCode) Describe<TResponse>(WeComOutcome<TResponse>? outcome, bool cancelled)
        where TResponse : class => outcome switch
    {
        WeComOutcome<TResponse>.Sent => (TelemetryTags.Sent, null, 0),
        WeComOutcome<TResponse>.AlreadyDelivered delivered => (TelemetryTags.AlreadyDelivered, null, delivered.Error.Code),
        WeComOutcome<TResponse>.Failed failed => (TelemetryTags.Failed, ErrorTypes.Of(failed.Failure), ErrorTypes.CodeOf(failed.Failure)),
        _ when cancelled => (TelemetryTags.Cancelled, TelemetryTags.Cancelled, null),
        _ => (TelemetryTags.Failed, ErrorTypes.Other, null),
    };

    private static void AddError(ref TagList tags, string? errorType, int? code)
    {
        AddIfSet(ref tags, TelemetryTags.ErrCode, code);
        if (errorType is not null)
        {
            tags.Add(TelemetryTags.ErrorType, errorType);
        }
    }

    private static void AddIfSet(ref TagList tags, string name, int? value)
    {
        if (value is { } number)
        {
            tags.Add(name, TagValues.Of(number));
        }
    }

    private static ActivityTagsCollection AttemptTags(int attempt, int? status, int? errCode, string? errorType)
    {
        var tags = new ActivityTagsCollection { { TelemetryTags.Attempt, TagValues.Of(attempt) } };
        if (status is { } code)
        {
            tags.Add(TelemetryTags.StatusCode, TagValues.Of(code));
        }

        if (errCode is { } error)
        {
            tags.Add(TelemetryTags.ErrCode, TagValues.Of(error));
        }

        if (errorType is not null)
        {
            tags.Add(TelemetryTags.ErrorType, errorType);
        }

        return tags;
    }
}
