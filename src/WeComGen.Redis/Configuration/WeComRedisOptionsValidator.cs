using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace WeComGen.Redis;

/// <summary>Refuses to start with settings that cannot work; its messages name the setting, never its value.</summary>
internal sealed class WeComRedisOptionsValidator : IValidateOptions<WeComRedisOptions>
{
    private const int RenewalsPerLock = 3;

    public ValidateOptionsResult Validate(string? name, WeComRedisOptions options)
    {
        var failures = new List<string>();
        if (options.Connection is null && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("WeComRedisOptions.ConnectionString is required (or a Connection).");
        }

        if (string.IsNullOrEmpty(options.KeyPrefix))
        {
            failures.Add("WeComRedisOptions.KeyPrefix must not be empty.");
        }

        RequirePositive(options.OperationTimeout, nameof(options.OperationTimeout), failures);
        RequirePositive(options.RetryAfterFailure, nameof(options.RetryAfterFailure), failures);
        RequirePositive(options.TokenLockTimeout, nameof(options.TokenLockTimeout), failures);
        if (options.OperationTimeout > TimeSpan.Zero && options.TokenLockTimeout < RenewalsPerLock * options.OperationTimeout)
        {
            // The holder renews every third of the lock's time, and a renewal may take the whole operation timeout.
            failures.Add($"WeComRedisOptions.TokenLockTimeout must be at least {RenewalsPerLock} times OperationTimeout, so that each renewal of the refresh lock lands before the lock lapses.");
        }

        if (options.MaxGetTokenCallsPerMinute < 1)
        {
            failures.Add("WeComRedisOptions.MaxGetTokenCallsPerMinute must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(TimeSpan value, string setting, List<string> failures)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"WeComRedisOptions.{setting} must be positive.");
        }
    }
}
