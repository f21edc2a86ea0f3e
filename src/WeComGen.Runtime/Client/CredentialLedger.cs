using System;
using System.Collections.Generic;
using WeComGen.Credentials;

namespace WeComGen.Client;

/// <summary>
/// What this client knows about the event credentials it has sent: when it first sent each (the clock of a
/// code whose receipt time is unknown starts then), and, for single-use credentials, whether a call is
/// sending it now or one already got a definite answer. Entries are dropped once the server would call
/// the code expired anyway (twice its validity after its clock started), oldest first: each call drops
/// the stale entries at the head of a first-sent-first queue, so a call costs the same however many codes
/// the ledger holds (a periodic scan of every entry cost each call a share of the whole ledger).
/// </summary>
internal sealed class CredentialLedger(TimeProvider time, TimeSpan safetyMargin)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    // Entries with a validity, in the order they were first sent. Clocks started at an event's receipt can be
    // a little older than their place in the queue: such an entry goes with the ones around it, a little late.
    private readonly Queue<(string Key, Entry Entry)> _byAge = new();

    /// <summary>How many credentials the ledger remembers.</summary>
    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// Starts a call that sends <paramref name="code"/>: works out its deadline and, for a single-use code,
    /// takes it so that no other call of this client sends it meanwhile.
    /// </summary>
    public Claim Begin(string endpointPath, EventCode code, TimeSpan? validity, bool singleUse)
    {
        var now = time.GetUtcNow();
        var key = endpointPath + "\n" + code.Value;
        lock (_entries)
        {
            DropStale(now);
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new Entry(code.ReceivedAt ?? now, validity);
                _entries.Add(key, entry);
                if (validity is not null)
                {
                    _byAge.Enqueue((key, entry));
                }
            }

            var deadline = validity is { } valid ? entry.ClockStart + valid - safetyMargin : (DateTimeOffset?)null;
            if (deadline <= now)
            {
                entry.State = CredentialState.Settled;
                return new Claim(this, null, code, deadline, new WeComFailure.DeadlinePassed(code.ToString(), deadline.Value, null));
            }

            if (singleUse && entry.State != CredentialState.Free)
            {
                return new Claim(this, null, code, deadline, new WeComFailure.CredentialAlreadyUsed(code.ToString(), entry.State == CredentialState.InFlight));
            }

            if (singleUse)
            {
                entry.State = CredentialState.InFlight;
            }

            return new Claim(this, singleUse ? entry : null, code, deadline, null);
        }
    }

    private void End(Entry entry, bool settled)
    {
        lock (_entries)
        {
            entry.State = settled ? CredentialState.Settled : CredentialState.Free;
        }
    }

    /// <summary>Drops the oldest entries while they are stale; an entry in flight holds the ones behind it until it ends.</summary>
    private void DropStale(DateTimeOffset now)
    {
        while (_byAge.Count > 0 && _byAge.Peek().Entry.IsStale(now))
        {
            _entries.Remove(_byAge.Dequeue().Key);
        }
    }

    internal enum CredentialState
    {
        Free,
        InFlight,
        Settled,
    }

    internal sealed class Entry(DateTimeOffset clockStart, TimeSpan? validity)
    {
        public DateTimeOffset ClockStart { get; } = clockStart;

        public CredentialState State { get; set; }

        public bool IsStale(DateTimeOffset now) =>
            State != CredentialState.InFlight && validity is { } valid && now > ClockStart + valid + valid;
    }

    /// <summary>One call's hold on a credential; <see cref="Refusal"/> is set when the call must not send it.</summary>
    internal readonly struct Claim
    {
        private readonly CredentialLedger? _ledger;
        private readonly Entry? _entry;

        internal Claim(CredentialLedger ledger, Entry? entry, EventCode code, DateTimeOffset? deadline, WeComFailure? refusal)
        {
            _ledger = ledger;
            _entry = entry;
            Code = code;
            Deadline = deadline;
            Refusal = refusal;
        }

        /// <summary>The credential, for messages (its <see cref="EventCode.ToString"/> is masked).</summary>
        public EventCode? Code { get; }

        /// <summary>The last moment a call may start; <see langword="null"/> without a credential validity.</summary>
        public DateTimeOffset? Deadline { get; }

        public WeComFailure? Refusal { get; }

        /// <summary>
        /// Ends the call: a definite answer (<paramref name="settled"/>) retires a single-use credential for good;
        /// anything else frees it for a later call.
        /// </summary>
        public void End(bool settled)
        {
            if (_entry is not null)
            {
                _ledger!.End(_entry, settled);
            }
        }
    }
}
