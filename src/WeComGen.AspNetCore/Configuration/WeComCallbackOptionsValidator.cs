using System.Collections.Generic;
using Microsoft.Extensions.Options;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

/// <summary>Refuses to start with settings that cannot work; its messages never quote the token or the key.</summary>
internal sealed class WeComCallbackOptionsValidator : IValidateOptions<WeComCallbackOptions>
{
    public ValidateOptionsResult Validate(string? name, WeComCallbackOptions options)
    {
        var failures = new List<string>();
        if (WeComCallbackCrypto.Create(options.Token, options.EncodingAesKey, options.ReceiveId).Error is { } error)
        {
            failures.Add(error.Message);
        }

        if (options.MaxBodyBytes <= 0 || options.MaxMessageBytes <= 0 || options.QueueCapacity <= 0 || options.MaxConcurrentHandlers <= 0)
        {
            failures.Add("MaxBodyBytes, MaxMessageBytes, QueueCapacity and MaxConcurrentHandlers must be positive.");
        }

        if (options.DeduplicationWindow <= System.TimeSpan.Zero || options.WelcomeCodeValidity <= System.TimeSpan.Zero || options.HandlerTimeout <= System.TimeSpan.Zero)
        {
            failures.Add("DeduplicationWindow, WelcomeCodeValidity and HandlerTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
