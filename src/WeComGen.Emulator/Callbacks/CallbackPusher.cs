using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WeComGen.Callbacks;

namespace WeComGen.Emulator.Callbacks;

/// <summary>
/// WeCom's side of the callback URL: encrypts events with the app's callback Token and EncodingAESKey for the
/// corp and POSTs them, as WeCom does when a customer is added.
/// </summary>
internal sealed class CallbackPusher : IDisposable
{
    /// <summary>WeCom drops the connection when the callback URL has not answered within five seconds.</summary>
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(5);

    private readonly HttpClient _http = new() { Timeout = AnswerTimeout };
    private readonly CallbackRequestEncryptor _encryptor;
    private Uri? _url;

    private CallbackPusher(WeComCallbackCrypto crypto, Uri? url)
    {
        _encryptor = new CallbackRequestEncryptor(crypto);
        _url = url;
    }

    public Uri? Url => Volatile.Read(ref _url);

    /// <summary>A pusher for the options' callback settings; an <see cref="ArgumentException"/> names what is wrong, never the secret.</summary>
    public static CallbackPusher Create(WeComEmulatorOptions options)
    {
        var crypto = WeComCallbackCrypto.Create(options.CallbackToken, options.CallbackEncodingAesKey, options.CorpId, new CallbackCryptoOptions { TimeProvider = options.Time });
        return crypto.TryGetValue(out var value, out var error)
            ? new CallbackPusher(value, options.CallbackUrl)
            : throw new ArgumentException("The emulator's callback settings cannot work: " + error.Message, nameof(options));
    }

    public void UseUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException("The callback URL must be absolute.", nameof(url));
        }

        Volatile.Write(ref _url, url);
    }

    /// <summary>A fresh envelope for <paramref name="eventXml"/>: new timestamp, nonce and random prefix.</summary>
    public EncryptedCallbackRequest Encrypt(string eventXml) => _encryptor.Post(eventXml);

    /// <summary>
    /// POSTs <paramref name="request"/> to <paramref name="target"/>, by default the callback URL (one of several
    /// instances behind it, say); a failure to get an answer is an answer with a problem.
    /// </summary>
    public async Task<CallbackAnswer> PostAsync(EncryptedCallbackRequest request, CancellationToken cancellationToken, Uri? target = null)
    {
        var url = target ?? Url ?? throw new InvalidOperationException(
            "The emulator has no callback URL: set WeComEmulatorOptions.CallbackUrl or call UseCallbackUrl first.");
        using var content = new StringContent(request.Body ?? "", Encoding.UTF8, "application/xml");
        try
        {
            using var response = await _http.PostAsync(new Uri(url, request.PathAndQuery(url.AbsolutePath)), content, cancellationToken);
            return new CallbackAnswer(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken), null);
        }
        catch (HttpRequestException e)
        {
            return new CallbackAnswer(null, "", e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new CallbackAnswer(null, "", $"no answer within {AnswerTimeout.TotalSeconds:0} s");
        }
    }

    public void Dispose() => _http.Dispose();
}
