using System;
using System.Collections.Generic;
using WeComGen.Credentials;

namespace WeComGen.Client;

/// <summary>
/// What this client knows about the event credentials it has sent: when it first sent each (the clock of a
/// code whose receipt time is unknown starts then), and, for single-use credentials, whether a call is
/// sending it now or one already got a definite answer. An entry is dropped once the server would call the
/// code expired anyway (twice its validity after its clock started): each call drops the stale entries at the
/// head of a first-sent-first queue, so a call costs the same however many codes the ledger holds. Entries are
/// values in the ledger's own arrays, not objects, so garbage collections have nothing of theirs to copy.
/// </summary>
internal sealed class CredentialLedger(TimeProvider time, TimeSpan safetyMargin)
{
    private readonly Dictionary<Key, Entry> _entries = new();

    // Entries with a validity, in the order they were first sent, with the moment each turns stale. Clocks started
    // at an event's receipt can be a little older than their place in the queue: such an entry goes with the ones
    // around it, a little late.
    private readonly Queue<(Key Key, DateTimeOffset StaleAfter)> _byAge = new();

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
        var key = new Key(endpointPath, code.Value);
        lock (_entries)
        {
            DropStale(now);
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new Entry(code.ReceivedAt ?? now, CredentialState.Free);
                if (validity is { } valid)
                {
                    _byAge.Enqueue((key, entry.ClockStart + valid + valid));
                }
            }

            var deadline = validity is { } validFor ? entry.ClockStart + validFor - safetyMargin : (DateTimeOffset?)null;
            if (deadline <= now)
            {
                _entries[key] = entry with { State = CredentialState.Settled };
                return new Claim(this, null, code, deadline, new WeComFailure.DeadlinePassed(code.ToString(), deadline.Value, null));
            }

            // A new entry is free, so only an entry the ledger already holds is refused here.
            if (singleUse && entry.State != CredentialState.Free)
            {
                return new Claim(this, null, code, deadline, new WeComFailure.CredentialAlreadyUsed(code.ToString(), entry.State == CredentialState.InFlight));
            }

            _entries[key] = singleUse ? entry with { State = CredentialState.InFlight } : entry;
            return new Claim(this, singleUse ? new Held(key, entry.ClockStart) : null, code, deadline, null);
        }
    }

    /// <summary>Ends a call on a credential it held. The entry is written without being read: it is in flight, so it is still there, unchanged.</summary>
    private void End(Held held, bool settled)
    {
        lock (_entries)
        {
            _entries[held.Key] = new Entry(held.ClockStart, settled ? CredentialState.Settled : CredentialState.Free);
        }
    }

    /// <summary>Drops the oldest entries while they are stale; an entry in flight holds the ones behind it until it ends.</summary>
    private void DropStale(DateTimeOffset now)
    {
        while (_byAge.Count > 0)
        {
            var (key, staleAfter) = _byAge.Peek();
            if (now <= staleAfter || !RemoveUnlessInFlight(key))
            {
                return;
            }

            _byAge.Dequeue();
        }
    }

    private bool RemoveUnlessInFlight(Key key)
    {
#if NET8_0_OR_GREATER
        // One look-up for the usual case: a stale entry is seldom still in flight, and is then put back.
        if (_entries.Remove(key, out var entry) && entry.State == CredentialState.InFlight)
        {
            _entries.Add(key, entry);
            return false;
        }

        return true;
#else
        if (_entries.TryGetValue(key, out var entry) && entry.State == CredentialState.InFlight)
        {
            return false;
        }

        _entries.Remove(key);
        return true;
#endif
    }

    internal enum CredentialState
    {
        Free,
        InFlight,
        Settled,
    }

    /// <summary>
    /// A credential as one endpoint sends it. Its hash is the code's, computed once: a call looks the key up
    /// several times, and a code is unique across endpoints in practice (equality still compares both).
    /// </summary>
    internal readonly struct Key : IEquatable<Key>
    {
        private readonly int _hash;

        public Key(string endpointPath, string code)
        {
            EndpointPath = endpointPath;
            Code = code;
            _hash = StringComparer.Ordinal.GetHashCode(code);
        }

        public string EndpointPath { get; }

        public string Code { get; }

        public bool Equals(Key other) => _hash == other._hash && string.Equals(Code, other.Code) && string.Equals(EndpointPath, other.EndpointPath);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => _hash;

        /// <summary>The endpoint only: the code is a credential.</summary>
        public override string ToString() => EndpointPath;
    }

    /// <summary>A credential a call holds, with the clock its entry started.</summary>
    internal readonly record struct Held(Key Key, DateTimeOffset ClockStart);

    private readonly record struct Entry(DateTimeOffset ClockStart, CredentialState State);

    /// <summary>One call's hold on a credential; <see cref="Refusal"/> is set when the call must not send it.</summary>
    internal readonly struct Claim
    {
        private readonly CredentialLedger? _ledger;
        private readonly Held? _held;

        internal Claim(CredentialLedger ledger, Held? held, EventCode code, DateTimeOffset? deadline, WeComFailure? refusal)
        {
            _ledger = ledger;
            _held = held;
            Code = code;
            Deadline = deadline;
            Refusal = refusal;
        }

        /// <summary>The credential, for messages (its <see cref="EventCode.ToString"/> is masked).</summary>
        public EventCode? Code { get; }

        /// <summary>The last moment a call may start; <see langword="null"/> without a credential validity.</summary>
        public DateTimeOffset? Deadline { get; }

        public WeComFailure? Refusal { get; }

        /// <summary>Whether the call holds a single-use credential, which it must end.</summary>
        public bool IsHeld => _held is not null;

        /// <summary>
        /// Ends the call: a definite answer (<paramref name="settled"/>) retires a single-use credential for good;
        /// anything else frees it for a later call.
        /// </summary>
        public void End(bool settled)
        {
            if (_held is { } held)
            {
                _ledger!.End(held, settled);
            }
        }
    }
}
