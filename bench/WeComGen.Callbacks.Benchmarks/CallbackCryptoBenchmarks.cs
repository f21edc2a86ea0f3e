using System;
using BenchmarkDotNet.Attributes;
using WeComGen.Callbacks;

namespace WeComGen.Callbacks.Benchmarks;

/// <summary>The cryptography and parsing on WeCom's callback path, with WeCom's published test vector.</summary>
[MemoryDiagnoser]
public class CallbackCryptoBenchmarks
{
    private WeComCallbackCrypto _crypto = null!;
    private CallbackRequestEncryptor _weCom = null!;
    private EncryptedCallbackRequest _addedContact = null!;
    private (string Signature, string Timestamp, string Nonce) _addedContactQuery;
    private string _addedContactXml = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The published vectors were signed in 2014: without the replay window, as an app that turned it off.
        _crypto = new WeComCallbackCrypto(Vector.Token, Vector.EncodingAesKey, Vector.ReceiveId, new CallbackCryptoOptions { TimestampTolerance = null });
        _weCom = new CallbackRequestEncryptor(_crypto);
        _addedContactXml = CallbackEventXml.ExternalContactAdded(
            Vector.ReceiveId, "zhangsan", "woAJ2GCAAAXtWyujaWJHDDGi0mAAAA", DateTimeOffset.UtcNow, "WELCOMECODE-0123456789-0123456789-012345", "teststate");
        _addedContact = _weCom.Post(_addedContactXml);
        _addedContactQuery = Vector.ParseQuery(_addedContact.QueryString);
    }

    /// <summary>The GET WeCom sends when the URL is saved (official vector).</summary>
    [Benchmark]
    public string VerifyUrl() =>
        _crypto.VerifyUrl(Vector.UrlSignature, Vector.UrlTimestamp, Vector.UrlNonce, Vector.EchoStr).Value;

    /// <summary>A POSTed callback, decrypted (official vector).</summary>
    [Benchmark]
    public string DecryptPost() =>
        _crypto.DecryptPost(Vector.PostSignature, Vector.PostTimestamp, Vector.PostNonce, Vector.PostBody).Value;

    /// <summary>A POSTed add-external-contact callback, decrypted and parsed into its typed event.</summary>
    [Benchmark]
    public WeComCallbackEvent DecryptAndParseAddedContact() =>
        _crypto.DecryptPost(_addedContactQuery.Signature, _addedContactQuery.Timestamp, _addedContactQuery.Nonce, _addedContact.Body)
            .Then(xml => CallbackEventParser.Parse(xml, TimeProvider.System))
            .Value;

    /// <summary>WeCom's side (an emulator's): an encrypted, signed POST of the event.</summary>
    [Benchmark]
    public EncryptedCallbackRequest EncryptRequest() => _weCom.Post(_addedContactXml);
}
