using System;
using System.Collections.Generic;
using System.Linq;
using WeComGen.Emulator.WelcomeCodes;

namespace WeComGen.Emulator.History;

/// <summary>
/// The story of the latest welcome codes, for the inbox page and for tests. Bounded: it keeps the
/// <see cref="WeComEmulator.TimelinesKept"/> codes it heard of last and <see cref="WelcomeTimeline.EventsKept"/>
/// events of each, so a client that sends in a loop cannot grow it.
/// </summary>
internal sealed class WelcomeHistory(TimeProvider time)
{
    private readonly Dictionary<string, Record> _records = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private long _version;

    /// <summary>Grows by one with every change; the page asks for a new snapshot only when it moved.</summary>
    public long Version
    {
        get
        {
            lock (_records)
            {
                return _version;
            }
        }
    }

    public void Issued(string code, DateTimeOffset at) =>
        Change(code, record =>
        {
            record.IssuedAt = at;
            record.Add(new WelcomeEvent(at, WelcomeEventKind.Issued, "welcome_code issued"));
        });

    public void CustomerAdded(string code, WelcomeCustomer customer) => Change(code, record => record.Customer = customer);

    public void CallbackPushed(string code, bool replay) =>
        Change(code, record => record.Add(new WelcomeEvent(time.GetUtcNow(), WelcomeEventKind.CallbackPushed, replay ? "callback pushed again" : "callback pushed")));

    public void CallbackAnswered(string code, string answer) =>
        Change(code, record => record.Add(new WelcomeEvent(time.GetUtcNow(), WelcomeEventKind.CallbackAnswered, "callback answered " + answer)));

    /// <summary>A send of <paramref name="code"/> that came at <paramref name="at"/>, and what it was answered.</summary>
    public void SendAnswered(string code, DateTimeOffset at, WelcomeEvent answer, TimeSpan validity) =>
        Change(code, record => record.Add(answer with
        {
            At = at,
            Late = record.IssuedAt is { } issued && at > issued + validity,
            Repeated = record.Delivery is not null || answer.ErrCode == (int)ExternalContact.WeComErrorCode.WelcomeMessageBeingDistributed,
        }));

    public void Delivered(DeliveredWelcomeMessage delivery) =>
        Change(delivery.WelcomeCode, record =>
        {
            record.Delivery = delivery;
            record.Add(new WelcomeEvent(delivery.DeliveredAt, WelcomeEventKind.Delivered, "the welcome is in the customer's chat") { App = delivery.App.Name });
        });

    /// <summary>Every kept code's story, oldest first.</summary>
    public IReadOnlyList<WelcomeTimeline> Snapshot()
    {
        lock (_records)
        {
            return _order.Select(code => _records[code].Snapshot(code)).ToList();
        }
    }

    /// <summary>The story of <paramref name="code"/>, or <see langword="null"/> when it is not kept.</summary>
    public WelcomeTimeline? Find(string code)
    {
        lock (_records)
        {
            return _records.TryGetValue(code, out var record) ? record.Snapshot(code) : null;
        }
    }

    private void Change(string code, Action<Record> change)
    {
        lock (_records)
        {
            if (!_records.TryGetValue(code, out var record))
            {
                record = new Record();
                _records.Add(code, record);
                _order.Enqueue(code);
                if (_records.Count > WeComEmulator.TimelinesKept)
                {
                    _records.Remove(_order.Dequeue());
                }
            }

            change(record);
            _version++;
        }
    }

    private sealed class Record
    {
        private readonly List<WelcomeEvent> _events = [];
        private int _dropped;

        public DateTimeOffset? IssuedAt { get; set; }

        public WelcomeCustomer? Customer { get; set; }

        public DeliveredWelcomeMessage? Delivery { get; set; }

        public void Add(WelcomeEvent welcomeEvent)
        {
            if (_events.Count < WelcomeTimeline.EventsKept)
            {
                _events.Add(welcomeEvent);
            }
            else
            {
                _dropped++;
            }
        }

        public WelcomeTimeline Snapshot(string code) => new(code, IssuedAt, Customer, [.. _events], _dropped, Delivery);
    }
}
