using Microsoft.Extensions.Options;

namespace WeComGen.Extensions.DependencyInjection;

/// <summary>Refuses to start with health thresholds that cannot work; its messages name the setting, never its value.</summary>
internal sealed class WeComHealthCheckOptionsValidator : IValidateOptions<WeComHealthCheckOptions>
{
    public ValidateOptionsResult Validate(string? name, WeComHealthCheckOptions options) =>
        options.QueueDegradedFill is > 0 and <= 1
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("WeComHealthCheckOptions.QueueDegradedFill must be more than 0 and at most 1 (a fraction of the queue's capacity).");
}
