using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using WeComGen.Callbacks;
using WeComGen.Emulator.Customers;
using WeComGen.Emulator.History;
using WeComGen.Emulator.WelcomeCodes;

namespace WeComGen.Emulator.Callbacks;

/// <summary>
/// Customers being added, as WeCom tells an app: a fresh welcome code in an encrypted
/// <c>change_external_contact</c> / <c>add_external_contact</c> callback pushed to the callback URL.
/// </summary>
internal sealed class CustomerEvents(WeComEmulatorOptions options, WelcomeCodeRegistry codes, CallbackPusher callbacks, WelcomeHistory history, CustomerDirectory directory)
{
    private readonly ConcurrentDictionary<string, AddedCustomer> _byWelcomeCode = new(StringComparer.Ordinal);

    public Uri? CallbackUrl => callbacks.Url;

    /// <summary>
    /// <paramref name="userId"/> adds <paramref name="newCustomer"/>: the customer's profile gains the member as a follow
    /// user, a welcome code is issued and the event carrying it is pushed to the callback URL (or <paramref name="target"/>).
    /// </summary>
    public async Task<AddedCustomer> AddAsync(string userId, NewCustomer newCustomer, CancellationToken cancellationToken, Uri? target = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(newCustomer);
        ArgumentException.ThrowIfNullOrEmpty(newCustomer.ExternalUserId);
        var (externalUserId, state) = (newCustomer.ExternalUserId, newCustomer.State);
        var profile = directory.Follow(userId, newCustomer);
        var issuedAt = options.Time.GetUtcNow();
        var welcomeCode = codes.Issue();
        history.CustomerAdded(welcomeCode, new WelcomeCustomer(userId, externalUserId, state) { Name = profile.Name });
        var eventXml = CallbackEventXml.ExternalContactAdded(options.CorpId, userId, externalUserId, issuedAt, welcomeCode, state);
        var callback = callbacks.Encrypt(eventXml);
        var answer = await PushAsync(welcomeCode, callback, replay: false, target, cancellationToken);
        var customer = new AddedCustomer(userId, externalUserId, state, welcomeCode, issuedAt, eventXml, callback, answer);
        _byWelcomeCode[welcomeCode] = customer;
        return customer;
    }

    /// <summary>The customer whose event carried <paramref name="welcomeCode"/>, for a re-send by code.</summary>
    public AddedCustomer? Find(string welcomeCode) => _byWelcomeCode.TryGetValue(welcomeCode, out var customer) ? customer : null;

    public Task<CallbackAnswer> ReplayAsync(AddedCustomer customer, bool freshEnvelope, CancellationToken cancellationToken, Uri? target = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return PushAsync(customer.WelcomeCode, freshEnvelope ? callbacks.Encrypt(customer.EventXml) : customer.Callback, replay: true, target, cancellationToken);
    }

    /// <summary>Pushes a callback to the app (or to <paramref name="target"/>), recording it on the code's timeline.</summary>
    private async Task<CallbackAnswer> PushAsync(string welcomeCode, EncryptedCallbackRequest callback, bool replay, Uri? target, CancellationToken cancellationToken)
    {
        history.CallbackPushed(welcomeCode, replay);
        var answer = await callbacks.PostAsync(callback, cancellationToken, target);
        history.CallbackAnswered(welcomeCode, answer.ToString());
        return answer;
    }
}
