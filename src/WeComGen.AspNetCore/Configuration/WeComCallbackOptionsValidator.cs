using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Options;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

/// <summary>
/// Refuses to start with settings that cannot work; its messages name the setting (and the app, for a named one),
/// never quote a value.
/// </summary>
internal sealed class WeComCallbackOptionsValidator : IValidateOptions<WeComCallbackOptions>
{
    public ValidateOptionsResult Validate(string? name, WeComCallbackOptions options)
    {
        var failures = new List<string>();
        if (WeComCallbackCrypto.Create(options.Token, options.EncodingAesKey, options.ReceiveId).Error is { } error)
        {
            failures.Add(error.Message);
        }

        if (options.Crypto is not { } crypto)
        {
            failures.Add("Crypto must be set.");
        }
        else
        {
            Positive(failures, "Crypto:MaxBodyBytes", crypto.MaxBodyBytes);
            Positive(failures, "Crypto:MaxMessageBytes", crypto.MaxMessageBytes);
            if (crypto.TimestampTolerance is { } tolerance)
            {
                Positive(failures, "Crypto:TimestampTolerance", tolerance);
            }
        }

        Positive(failures, nameof(options.QueueCapacity), options.QueueCapacity);
        Positive(failures, nameof(options.MaxConcurrentHandlers), options.MaxConcurrentHandlers);
        Positive(failures, nameof(options.BodyTimeout), options.BodyTimeout);
        Positive(failures, nameof(options.DeduplicationWindow), options.DeduplicationWindow);
        if (options.WelcomeCodeValidity is { } validity)
        {
            Positive(failures, nameof(options.WelcomeCodeValidity), validity);
        }

        Positive(failures, nameof(options.HandlerTimeout), options.HandlerTimeout);
        if (options.CreateTimeAllowance < TimeSpan.Zero)
        {
            failures.Add($"{nameof(options.CreateTimeAllowance)} cannot be negative.");
        }

        if (failures.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(name is null || name == Options.DefaultName ? failures : failures.Select(failure => $"WeCom app '{name}' callbacks: {failure}"));
    }

    private static void Positive(List<string> failures, string setting, int value)
    {
        if (value <= 0)
        {
            failures.Add($"{setting} must be positive.");
        }
    }

    private static void Positive(List<string> failures, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{setting} must be positive.");
        }
    }
}
