using System;
using System.Threading;
using System.Threading.Tasks;
using WeComGen.Callbacks;
using WeComGen.Emulator.History;
using WeComGen.Emulator.WelcomeCodes;

namespace WeComGen.Emulator.Callbacks;

/// <summary>
/// Customers being added, as WeCom tells an app: a fresh welcome code in an encrypted
/// <c>change_external_contact</c> / <c>add_external_contact</c> callback pushed to the callback URL.
/// </summary>
internal sealed class CustomerEvents(WeComEmulatorOptions options, WelcomeCodeRegistry codes, CallbackPusher callbacks, WelcomeHistory history)
{
    public Uri? CallbackUrl => callbacks.Url;

    public async Task<AddedCustomer> AddAsync(string userId, string externalUserId, string? state, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentException.ThrowIfNullOrEmpty(externalUserId);
        var issuedAt = options.Time.GetUtcNow();
        var welcomeCode = codes.Issue();
        history.CustomerAdded(welcomeCode, new WelcomeCustomer(userId, externalUserId, state));
        var eventXml = CallbackEventXml.ExternalContactAdded(options.CorpId, userId, externalUserId, issuedAt, welcomeCode, state);
        var callback = callbacks.Encrypt(eventXml);
        var answer = await PushAsync(welcomeCode, callback, replay: false, cancellationToken);
        return new AddedCustomer(userId, externalUserId, state, welcomeCode, issuedAt, eventXml, callback, answer);
    }

    public Task<CallbackAnswer> ReplayAsync(AddedCustomer customer, bool freshEnvelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return PushAsync(customer.WelcomeCode, freshEnvelope ? callbacks.Encrypt(customer.EventXml) : customer.Callback, replay: true, cancellationToken);
    }

    private async Task<CallbackAnswer> PushAsync(string welcomeCode, EncryptedCallbackRequest callback, bool replay, CancellationToken cancellationToken)
    {
        history.CallbackPushed(welcomeCode, replay);
        var answer = await callbacks.PostAsync(callback, cancellationToken);
        history.CallbackAnswered(welcomeCode, answer.ToString());
        return answer;
    }
}
