using Microsoft.Extensions.Options;
using WeComGen.Client;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Refuses to start with client settings that cannot work, by the rules of <see cref="WeComClientOptions.Problems"/>;
/// its messages name the setting, never quote a value.
/// </summary>
/// <param name="requireCredentials">Whether the client gets its tokens from <c>gettoken</c>, which needs CorpId and Secret.</param>
internal sealed class WeComClientOptionsValidator(bool requireCredentials) : IValidateOptions<WeComClientOptions>
{
    public ValidateOptionsResult Validate(string? name, WeComClientOptions options)
    {
        var problems = options.Problems(requireCredentials);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
