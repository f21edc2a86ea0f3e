using System;
using Microsoft.Extensions.Options;
using WeComGen.Personalisation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Checks the greeting's templates and budget when the host starts, with the message that names the setting.</summary>
internal sealed class WelcomeGreetingOptionsValidator(int maxUtf8Bytes) : IValidateOptions<WelcomeGreetingOptions>
{
    public ValidateOptionsResult Validate(string? name, WelcomeGreetingOptions options)
    {
        try
        {
            _ = new WelcomeGreeting(options, maxUtf8Bytes);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException invalid)
        {
            return ValidateOptionsResult.Fail(invalid.Message);
        }
    }
}
