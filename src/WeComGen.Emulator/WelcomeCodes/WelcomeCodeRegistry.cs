using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using WeComGen.Emulator.History;
using WeComGen.ExternalContact;

namespace WeComGen.Emulator.WelcomeCodes;

/// <summary>
/// The welcome codes the emulator issued and what became of each: valid for a while after issue and for one
/// delivery; while one send is in flight, other sends of the code get 41096; after delivery, 41051.
/// </summary>
internal sealed class WelcomeCodeRegistry(WeComEmulatorOptions options, WelcomeHistory history)
{
    private readonly Dictionary<string, IssuedCode> _codes = new(StringComparer.Ordinal);
    private readonly List<DeliveredWelcomeMessage> _deliveries = [];
    private int _repeatedSends;

    public string Issue()
    {
        // Real codes are 43-character base64url strings.
        var value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var issuedAt = options.Time.GetUtcNow();
        lock (_codes)
        {
            _codes.Add(value, new IssuedCode(issuedAt));
        }

        history.Issued(value, issuedAt);
        return value;
    }

    public IReadOnlyList<DeliveredWelcomeMessage> Deliveries
    {
        get
        {
            lock (_codes)
            {
                return [.. _deliveries];
            }
        }
    }

    /// <summary>Sends of a code that was being delivered or had been (answered 41096 or 41051): a second sender.</summary>
    public int RepeatedSends
    {
        get
        {
            lock (_codes)
            {
                return _repeatedSends;
            }
        }
    }

    /// <summary>Deliveries made after their code's validity had run out.</summary>
    public int LateDeliveries
    {
        get
        {
            lock (_codes)
            {
                return _deliveries.Count(delivery => delivery.DeliveredAt > _codes[delivery.WelcomeCode].IssuedAt + options.WelcomeCodeValidity);
            }
        }
    }

    /// <summary>Starts delivering <paramref name="code"/>, or says which error code forbids it.</summary>
    public WeComErrorCode TryBegin(string code)
    {
        lock (_codes)
        {
            if (!_codes.TryGetValue(code, out var issued))
            {
                return WeComErrorCode.InvalidWelcomeCode;
            }

            if (issued.State == CodeState.Delivered)
            {
                _repeatedSends++;
                return WeComErrorCode.AlreadyDelivered;
            }

            if (issued.State == CodeState.InFlight)
            {
                _repeatedSends++;
                return WeComErrorCode.WelcomeMessageBeingDistributed;
            }

            if (options.Time.GetUtcNow() > issued.IssuedAt + options.WelcomeCodeValidity)
            {
                return WeComErrorCode.InvalidWelcomeCode;
            }

            issued.State = CodeState.InFlight;
            issued.InFlight.TrySetResult();
            return WeComErrorCode.Ok;
        }
    }

    /// <summary>Marks <paramref name="code"/> delivered and records what was delivered.</summary>
    public DeliveredWelcomeMessage Deliver(string code, EmulatedApp app, SendWelcomeMsgRequest request, string json)
    {
        lock (_codes)
        {
            _codes[code].State = CodeState.Delivered;
            var delivery = new DeliveredWelcomeMessage(code, app, options.Time.GetUtcNow(), json) { Request = request };
            _deliveries.Add(delivery);
            return delivery;
        }
    }

    /// <summary>Completes when a send of <paramref name="code"/> is in flight (or has been).</summary>
    public Task WhenInFlight(string code)
    {
        lock (_codes)
        {
            return _codes.TryGetValue(code, out var issued)
                ? issued.InFlight.Task
                : throw new ArgumentException("The emulator did not issue this code.", nameof(code));
        }
    }

    private enum CodeState
    {
        Issued,
        InFlight,
        Delivered,
    }

    private sealed class IssuedCode(DateTimeOffset issuedAt)
    {
        public DateTimeOffset IssuedAt { get; } = issuedAt;

        public CodeState State { get; set; }

        public TaskCompletionSource InFlight { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
