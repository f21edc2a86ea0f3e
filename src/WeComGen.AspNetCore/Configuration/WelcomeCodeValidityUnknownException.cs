using System;

namespace WeComGen.AspNetCore;

/// <summary>
/// No contract registered how long a welcome code is valid and <see cref="WeComCallbackOptions.WelcomeCodeValidity"/>
/// is not set: the endpoint cannot give a handler its deadline, so it answers 503 and WeCom re-sends the callback.
/// </summary>
public sealed class WelcomeCodeValidityUnknownException : InvalidOperationException
{
    /// <summary>Creates the exception for the credential issued by <paramref name="issuer"/>.</summary>
    public WelcomeCodeValidityUnknownException(string issuer)
        : base($"No contract registered how long the code issued by {issuer} is valid, and WeComCallbackOptions.WelcomeCodeValidity is not set. "
            + "Use the generated contract (its assembly registers the schema's x-wecom-credential validity when first used) or set WelcomeCodeValidity.") =>
        Issuer = issuer;

    /// <summary>The event that issues the credential (<c>add_external_contact</c>).</summary>
    public string Issuer { get; }
}
