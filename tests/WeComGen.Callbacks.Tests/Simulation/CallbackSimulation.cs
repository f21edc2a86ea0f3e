using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using WeComGen.AspNetCore;
using static WeComGen.Callbacks.Tests.OfficialVectors;

namespace WeComGen.Callbacks.Tests.Simulation;

/// <summary>One request the endpoint answered, and what it queued for a handler.</summary>
/// <param name="SignedAt">The request's <c>timestamp</c>: WeCom's clock when it sent the delivery, in whole seconds.</param>
internal sealed record Exchange(
    ScheduledEvent Event,
    int Attempt,
    bool IsReplay,
    DateTimeOffset SignedAt,
    DateTimeOffset ArrivedAt,
    int Status,
    string Body,
    IReadOnlyList<WeComCallbackEvent> Dispatched);

/// <summary>
/// Plays a <see cref="CallbackSchedule"/> against the real endpoint, de-duplicator and queue of one process, on a
/// fake clock, one request at a time in order of arrival. WeCom re-sends a delivery 5 s after sending it unless a
/// 200 reached it; an attacker replays captured requests byte for byte. What reaches the queue is what the
/// dispatcher hands to handlers, one each.
/// </summary>
internal sealed class CallbackSimulation
{
    private readonly CallbackSchedule _schedule;
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly ServiceProvider _services;
    private readonly CallbackEndpoint _endpoint = new(AppCallbackServices.Default, (_, _) => Task.CompletedTask);
    private readonly PriorityQueue<Func<Task>, (DateTimeOffset At, int Order)> _pending = new();
    private readonly List<Exchange> _exchanges = [];
    private readonly WeComClock _weComClock = new();
    private readonly CallbackRequestEncryptor _weCom;
    private int _order;

    private CallbackSimulation(CallbackSchedule schedule)
    {
        _schedule = schedule;
        _weCom = new CallbackRequestEncryptor(CreateCrypto(new CallbackCryptoOptions { TimeProvider = _weComClock }));
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_clock)
            .AddLogging(logging => logging.AddFakeLogging())
            .AddWeComCallbacks(options =>
            {
                options.Token = Token;
                options.EncodingAesKey = EncodingAesKey;
                options.ReceiveId = ReceiveId;
                options.Crypto.TimestampTolerance = schedule.TimestampTolerance;
                options.CreateTimeAllowance = schedule.CreateTimeAllowance;
                options.DeduplicationWindow = schedule.DeduplicationWindow;
            })
            .BuildServiceProvider();
    }

    public static DateTimeOffset Start { get; } = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    public static async Task<(IReadOnlyList<Exchange> Exchanges, IReadOnlyList<FakeLogRecord> Logs)> RunAsync(CallbackSchedule schedule)
    {
        var simulation = new CallbackSimulation(schedule);
        await using (simulation._services)
        {
            foreach (var scheduled in schedule.Events)
            {
                simulation.Send(scheduled, attempt: 0, sentAt: scheduled.CreatedAt);
            }

            while (simulation._pending.TryDequeue(out var step, out var when))
            {
                if (when.At > simulation._clock.GetUtcNow())
                {
                    simulation._clock.SetUtcNow(when.At);
                }

                await step();
            }

            return (simulation._exchanges, simulation._services.GetRequiredService<FakeLogCollector>().GetSnapshot());
        }
    }

    /// <summary>The time WeCom's clock shows when ours shows <paramref name="ours"/>.</summary>
    public static DateTimeOffset WeComTime(CallbackSchedule schedule, DateTimeOffset ours) => ours + schedule.WeComClockAhead;

    private void Send(ScheduledEvent scheduled, int attempt, DateTimeOffset sentAt)
    {
        var fate = scheduled.Deliveries[attempt];
        var arrivesAt = sentAt + fate.Latency;
        var request = Encrypt(scheduled, sentAt);
        At(arrivesAt, async () =>
        {
            var answeredOk = false;
            if (fate.Arrives)
            {
                var exchange = await ExchangeAsync(scheduled, attempt, isReplay: false, request);
                answeredOk = exchange.Status == StatusCodes.Status200OK && fate.AnswerArrives;
                foreach (var delay in fate.ReplaysAfter)
                {
                    At(arrivesAt + delay, () => ExchangeAsync(scheduled, attempt, isReplay: true, request));
                }
            }

            if (!answeredOk && attempt + 1 < CallbackSchedule.MaxDeliveries)
            {
                Send(scheduled, attempt + 1, sentAt + CallbackSchedule.ResendAfter);
            }
        });
    }

    private void At(DateTimeOffset when, Func<Task> step) => _pending.Enqueue(step, (when, _order++));

    /// <summary>The delivery as WeCom builds it when it sends it: a fresh envelope, signed with WeCom's clock.</summary>
    private EncryptedCallbackRequest Encrypt(ScheduledEvent scheduled, DateTimeOffset sentAt)
    {
        _weComClock.Now = WeComTime(_schedule, sentAt);
        var createTime = WeComTime(_schedule, scheduled.CreatedAt);
        var userId = "u" + scheduled.Id;
        var xml = scheduled.Kind switch
        {
            EventKind.AddedWithCode => CallbackEventXml.ExternalContactAdded(ReceiveId, userId, "wo" + scheduled.Id, createTime, CodeOf(scheduled)),
            EventKind.AddedWithoutCode => CallbackEventXml.ExternalContactAdded(ReceiveId, userId, "wo" + scheduled.Id, createTime, welcomeCode: null),
            _ => $"<xml><MsgType>event</MsgType><Event>change_external_contact</Event><ChangeType>del_external_contact</ChangeType><UserID>{userId}</UserID><CreateTime>{createTime.ToUnixTimeSeconds()}</CreateTime></xml>",
        };
        return _weCom.Post(xml);
    }

    public static string CodeOf(ScheduledEvent scheduled) => $"code-{scheduled.Id}";

    private async Task<Exchange> ExchangeAsync(ScheduledEvent scheduled, int attempt, bool isReplay, EncryptedCallbackRequest request)
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = request.Method;
        context.Request.QueryString = new QueryString(request.QueryString);
        var body = Encoding.UTF8.GetBytes(request.Body!);
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = body.Length;
        var response = new MemoryStream();
        context.Response.Body = response;

        await _endpoint.ReceiveAsync(context);

        var queue = _services.GetRequiredService<CallbackQueue>();
        var dispatched = new List<WeComCallbackEvent>();
        while (queue.Reader.TryRead(out var item))
        {
            dispatched.Add(item.Event);
        }

        var timestamp = System.Web.HttpUtility.ParseQueryString(request.QueryString)["timestamp"]!;
        var exchange = new Exchange(
            scheduled,
            attempt,
            isReplay,
            DateTimeOffset.FromUnixTimeSeconds(long.Parse(timestamp)),
            _clock.GetUtcNow(),
            context.Response.StatusCode,
            Encoding.UTF8.GetString(response.ToArray()),
            dispatched);
        _exchanges.Add(exchange);
        return exchange;
    }

    /// <summary>WeCom's clock: set to each send's time, which need not come in order (sends are played in order of arrival).</summary>
    private sealed class WeComClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
