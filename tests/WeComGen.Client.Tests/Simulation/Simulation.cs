using Microsoft.Extensions.Logging;
using WeComGen.Client.Tests.Support;
using WeComGen.Credentials;
using WeComGen.ExternalContact;
using WeComGen.Tokens;
using WeComGen.Uploads;

namespace WeComGen.Client.Tests.Simulation;

/// <summary>
/// One seeded schedule: a real <see cref="WeComClient"/> with its real token source, on virtual time, against
/// <see cref="ScriptedWeCom"/>. The seed draws the client's settings, the codes (issued, pushed late or early, sent
/// once or twice, raced by another app), token revocations, a caller's cancellation, and a fault for every request;
/// and some calls of other shapes beside them: uploads (from a seekable or a forward-only stream) and GETs.
/// Everything runs on the driver's thread, so the same seed replays the same run. After the run, the contract's
/// invariants are checked; <see cref="Violations"/> lists what broke.
/// </summary>
public sealed class Simulation
{
    /// <summary>How late after its deadline a call may return its outcome.</summary>
    public static readonly TimeSpan OutcomeBound = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan Validity = ExternalContactEndpoints.SendWelcomeMsg.CredentialValidity!.Value;
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Horizon = TimeSpan.FromMinutes(5);

    private readonly SimClock _clock = new(Start);
    private readonly Random _random;
    private readonly ScriptedWeCom _wecom;
    private readonly WeComClientOptions _options;
    private readonly Dictionary<string, DateTimeOffset> _receivedAt = new();
    private readonly List<Call> _calls = new();
    private readonly List<ShapeCall> _shapeCalls = new();

    private Simulation(int seed)
    {
        Seed = seed;
        _random = new Random(seed);
        _options = new WeComClientOptions
        {
            CorpId = "corp",
            Secret = "secret",
            BaseAddress = new Uri("https://wecom.simulated/"),
            AttemptTimeout = TimeSpan.FromMilliseconds(Pick(300, 1_000, 2_000, 5_000)),
            CredentialSafetyMargin = TimeSpan.FromMilliseconds(Pick(500, 2_000, 3_000)),
            MaxAttempts = _random.Next(1, 11),
        };
        _wecom = new ScriptedWeCom(_clock, _random, Validity, DeadlineOf);
    }

    public int Seed { get; }

    public List<string> Violations { get; } = new();

    /// <summary>What happened, in virtual time: the server's events and each call's outcome.</summary>
    public IEnumerable<string> Trace => _wecom.Trace
        .Concat(_calls.Select(c => $"call {c.Code} at {c.StartedAt:HH:mm:ss.fff}: {c.Result}"))
        .Concat(_shapeCalls.Select(c => $"{c.Name} at {c.StartedAt:HH:mm:ss.fff}: {c.Result}"));

    public static Simulation Run(int seed)
    {
        var simulation = new Simulation(seed);
        simulation.Execute();
        simulation.Check();
        return simulation;
    }

    private void Execute()
    {
        // Continuations run inline only on a thread without a synchronization context (the test runner's would send
        // them to the thread pool): so everything runs on this thread, and the clock moves only when all are waiting.
        var runnerContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            Drive();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(runnerContext);
        }
    }

    private void Drive()
    {
        using var http = new HttpClient(_wecom);
        using var loggers = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Debug).AddProvider(new TraceLogger(_clock, _wecom.Trace)));
        var tokens = new WeComAccessTokenSource(http, _options, _clock, loggers.CreateLogger<WeComAccessTokenSource>());
        var client = new WeComClient(http, tokens, claims: null, _options, _clock, loggers.CreateLogger<WeComClient>(), _random);
        var codes = _random.Next(1, 5);
        for (var i = 0; i < codes; i++)
        {
            PlanCode($"code-{Seed}-{i}", client);
        }

        var shapeCalls = _random.Next(0, 3);
        for (var i = 0; i < shapeCalls; i++)
        {
            var index = i;
            _clock.Schedule(Millis(0, 20_000), () => (_random.Next(2) == 0 ? (Action<WeComClient, int>)BeginUpload : BeginGet)(client, index));
        }

        if (_random.Next(3) == 0)
        {
            _clock.Schedule(Millis(0, 15_000), _wecom.RevokeTokens);
        }

        while (_clock.GetUtcNow() - Start < Horizon && _clock.FireNext())
        {
        }
    }

    /// <summary>A code: issued, pushed to the app after a delay, sent by one or two calls, perhaps raced by another app.</summary>
    private void PlanCode(string code, WeComClient client)
    {
        var issueAt = Millis(0, 3_000);
        var pushDelay = _random.Next(4) == 0 ? Millis(1_000, 5_000) : Millis(0, 1_000);
        _clock.Schedule(issueAt, () => _wecom.Issue(code));
        _clock.Schedule(issueAt + pushDelay, () =>
        {
            var received = new EventCode(code, _clock.GetUtcNow());
            _receivedAt[code] = received.ReceivedAt!.Value;
            Begin(client, received, cancelAfter: _random.Next(10) == 0 ? Millis(0, 20_000) : null);
            if (_random.Next(3) == 0)
            {
                // A second call with the same code: a re-sent callback, or a handler that retries by itself.
                _clock.Schedule(Millis(0, 8_000), () => Begin(client, received, cancelAfter: null));
            }
        });
        if (_random.Next(5) == 0)
        {
            _clock.Schedule(issueAt + Millis(0, 22_000), () => _wecom.SendFromAnotherApp(code));
        }
    }

    private void Begin(WeComClient client, EventCode code, TimeSpan? cancelAfter)
    {
        var cancellation = new CancellationTokenSource();
        var call = new Call(code.Value, _clock.GetUtcNow());
        _calls.Add(call);
        if (cancelAfter is { } delay)
        {
            _clock.Schedule(delay, () =>
            {
                call.CancelledAt = _clock.GetUtcNow();
                cancellation.Cancel();
            });
        }

        var request = new SendWelcomeMsgRequest { WelcomeCode = code, Text = new Text { Content = "你好，欢迎！" } };
        client.SendWelcomeMsgAsync(request, cancellation.Token).ContinueWith(
            task =>
            {
                _clock.CheckThread();
                call.End(task, _clock.GetUtcNow());
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>An upload of a PNG of a random size (across several of the client's blocks), from a seekable stream or not.</summary>
    private void BeginUpload(WeComClient client, int index)
    {
        var length = _random.Next(8, 200_000);
        var content = new byte[length];
        Signatures.Png.CopyTo(content, 0);
        var seekable = _random.Next(3) != 0;
        var name = $"upload-{index}-{length}.png"; // the server reads the length the file must have from its name
        var call = new ShapeCall(name, _clock.GetUtcNow(), seekable);
        _shapeCalls.Add(call);
        var file = WeComFile.FromStream(seekable ? new MemoryStream(content) : new ForwardOnlyStream(content), name);
        End(call, client.SendAsync(ShapeEndpoints.MediaUpload, new MediaUploadRequest { Type = "image", Media = file }, Cancellable()));
    }

    private void BeginGet(WeComClient client, int index)
    {
        var call = new ShapeCall($"get wo-{index}", _clock.GetUtcNow(), Seekable: true);
        _shapeCalls.Add(call);
        End(call, client.SendAsync(ShapeEndpoints.GetCustomer, new GetCustomerRequest { ExternalUserId = $"wo-{index}", Cursor = _random.Next(2) == 0 ? null : "next 页" }, Cancellable()));
    }

    /// <summary>
    /// A token that can be cancelled, as a caller's usually can: waiting on a shared token refresh with one completes
    /// on the thread that ends the refresh (an uncancellable wait may resume on the thread pool, which would not replay).
    /// </summary>
    private static CancellationToken Cancellable() => new CancellationTokenSource().Token;

    private void End(ShapeCall call, Task<WeComOutcome<ShapeResponse>> sending) =>
        sending.ContinueWith(
            task =>
            {
                _clock.CheckThread();
                call.End(task, _clock.GetUtcNow());
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private void Check()
    {
        if (_clock.OffThreadUse is { } where)
        {
            Violations.Add($"the run left the driver's thread, so it does not replay exactly; first seen at:\n{where}");
        }

        foreach (var send in _wecom.Sends.Where(s => s.At >= DeadlineOf(s.Code)))
        {
            Violations.Add($"{send.Code} was sent at {send.At:HH:mm:ss.fff}, at or after its deadline {DeadlineOf(send.Code):HH:mm:ss.fff}");
        }

        foreach (var call in _calls)
        {
            CheckCall(call);
        }

        foreach (var group in _calls.Where(c => c.Outcome is WeComOutcome<SendWelcomeMsgResponse>.Sent).GroupBy(c => c.Code).Where(g => g.Count() > 1))
        {
            Violations.Add($"{group.Key} was reported sent by {group.Count()} calls");
        }

        foreach (var code in _wecom.Codes)
        {
            var settledAt = _wecom.Sends.Where(s => s.Code == code.Key && s.ToldAt is not null && s.Answer is 0 or 41050 or 41051).Select(s => s.ToldAt!.Value).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            if (_wecom.Sends.Any(s => s.Code == code.Key && s.At > settledAt))
            {
                Violations.Add($"{code.Key} was sent again after the client had a definite answer for it at {settledAt:HH:mm:ss.fff}");
            }
        }

        foreach (var call in _shapeCalls)
        {
            CheckShapeCall(call);
        }

        foreach (var upload in _wecom.Uploads.Where(u => !u.Intact))
        {
            Violations.Add($"the server read an upload of {upload.FileName} at {upload.At:HH:mm:ss.fff} that was not the whole file");
        }

        foreach (var get in _wecom.Gets.Where(g => g.HadBody || !g.Query.Contains("&external_userid=wo-", StringComparison.Ordinal)))
        {
            Violations.Add($"a GET at {get.At:HH:mm:ss.fff} carried a body or lost its query: {get.Query}");
        }

        if (_wecom.MostGetTokenCallsAtOnce > 1)
        {
            Violations.Add($"{_wecom.MostGetTokenCallsAtOnce} gettoken calls were in flight at once");
        }
    }

    private void CheckCall(Call call)
    {
        var deadline = DeadlineOf(call.Code);
        if (call.EndedAt is not { } endedAt)
        {
            Violations.Add($"a call of {call.Code} never ended");
            return;
        }

        // A call that starts after its deadline is refused at once.
        var bound = Max(call.StartedAt, (call.CancelledAt is { } cancelledAt ? Min(cancelledAt, deadline) : deadline) + OutcomeBound);
        if (endedAt > bound)
        {
            Violations.Add($"a call of {call.Code} ended at {endedAt:HH:mm:ss.fff}, after {bound:HH:mm:ss.fff}");
        }

        switch (call.Error)
        {
            case OperationCanceledException when call.CancelledAt is not null:
                break;
            case { } error:
                Violations.Add($"a call of {call.Code} threw {error.GetType().Name}: {error.Message}");
                return;
        }

        var code = _wecom.Codes[call.Code];
        switch (call.Outcome)
        {
            case WeComOutcome<SendWelcomeMsgResponse>.Sent when code.DeliveredBy != "us":
                Violations.Add($"a call of {call.Code} reported Sent, but the code was delivered by {code.DeliveredBy ?? "nobody"}");
                break;
            case WeComOutcome<SendWelcomeMsgResponse>.AlreadyDelivered when code.DeliveredBy is null:
                Violations.Add($"a call of {call.Code} reported AlreadyDelivered, but the code was not delivered");
                break;
            case WeComOutcome<SendWelcomeMsgResponse>.Failed { Failure: null }:
                Violations.Add($"a call of {call.Code} failed without a typed failure");
                break;
        }
    }

    /// <summary>A call of another shape ends typed; Sent only when the server answered 0 to one of its requests; a forward-only stream is read once.</summary>
    private void CheckShapeCall(ShapeCall call)
    {
        if (call.EndedAt is null)
        {
            Violations.Add($"{call.Name} never ended");
            return;
        }

        if (call.Error is { } error)
        {
            Violations.Add($"{call.Name} threw {error.GetType().Name}: {error.Message}");
            return;
        }

        var uploads = _wecom.Uploads.Where(u => u.FileName == call.Name).ToList();
        var succeeded = call.Name.StartsWith("get ", StringComparison.Ordinal)
            ? _wecom.Gets.Any(g => g.Succeeded && g.Query.Contains(call.Name[4..], StringComparison.Ordinal))
            : uploads.Any(u => u.Succeeded);
        switch (call.Outcome)
        {
            case WeComOutcome<ShapeResponse>.Sent when !succeeded:
                Violations.Add($"{call.Name} reported Sent, but the server answered none of its requests with 0");
                break;
            case WeComOutcome<ShapeResponse>.Failed { Failure: null }:
                Violations.Add($"{call.Name} failed without a typed failure");
                break;
        }

        if (!call.Seekable && uploads.Count > 1)
        {
            Violations.Add($"{call.Name} came from a forward-only stream, yet the server read it {uploads.Count} times");
        }
    }

    /// <summary>The client's deadline for a code: received + validity − margin.</summary>
    private DateTimeOffset DeadlineOf(string code) =>
        _receivedAt.TryGetValue(code, out var received) ? received + Validity - _options.CredentialSafetyMargin : DateTimeOffset.MaxValue;

    private TimeSpan Millis(int from, int to) => TimeSpan.FromMilliseconds(_random.Next(from, to + 1));

    private int Pick(params int[] choices) => choices[_random.Next(choices.Length)];

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>An upload or a GET by the client, and how it ended.</summary>
    private sealed record ShapeCall(string Name, DateTimeOffset StartedAt, bool Seekable)
    {
        public DateTimeOffset? EndedAt { get; private set; }

        public WeComOutcome<ShapeResponse>? Outcome { get; private set; }

        public Exception? Error { get; private set; }

        public string Result => Error is not null ? Error.GetType().Name : Outcome?.ToString() + (Outcome?.Failure is { } f ? $": {f.Message}" : string.Empty);

        public void End(Task<WeComOutcome<ShapeResponse>> task, DateTimeOffset at)
        {
            EndedAt = at;
            Outcome = task.IsCompletedSuccessfully ? task.Result : null;
            Error = task.IsCompletedSuccessfully ? null : task.Exception?.InnerException ?? new OperationCanceledException();
        }
    }

    /// <summary>One send of a code by the client, and how it ended.</summary>
    private sealed class Call(string code, DateTimeOffset startedAt)
    {
        public string Code { get; } = code;

        public DateTimeOffset StartedAt { get; } = startedAt;

        public DateTimeOffset? EndedAt { get; private set; }

        /// <summary>When the caller cancelled the call, if it did.</summary>
        public DateTimeOffset? CancelledAt { get; set; }

        public WeComOutcome<SendWelcomeMsgResponse>? Outcome { get; private set; }

        public Exception? Error { get; private set; }

        public string Result => Error is not null ? Error.GetType().Name : Outcome?.ToString() + (Outcome?.Failure is { } f ? $": {f.Message}" : string.Empty);

        public void End(Task<WeComOutcome<SendWelcomeMsgResponse>> task, DateTimeOffset at)
        {
            EndedAt = at;
            if (task.IsCompletedSuccessfully)
            {
                Outcome = task.Result;
            }
            else
            {
                Error = task.Exception?.InnerException ?? new OperationCanceledException();
            }
        }
    }
}
