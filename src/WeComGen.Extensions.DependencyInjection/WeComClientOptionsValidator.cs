using Microsoft.Extensions.Options;
using WeComGen.Client;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Refuses to start with one app's client settings that cannot work, by the rules of <see cref="WeComClientOptions.Problems"/>;
/// its messages name the setting (and the app, for a named one), never quote a value.
/// </summary>
/// <param name="app">The app's name; <see langword="null"/> for the app of <c>AddWeComClient(configure)</c>.</param>
/// <param name="requireCredentials">Whether the client gets its tokens from <c>gettoken</c>, which needs CorpId and Secret.</param>
internal sealed class WeComClientOptionsValidator(string? app, bool requireCredentials) : IValidateOptions<WeComClientOptions>
{
    public string? App => app;

    public ValidateOptionsResult Validate(string? name, WeComClientOptions options)
    {
        if ((name ?? Options.Options.DefaultName) != (app ?? Options.Options.DefaultName))
        {
            return ValidateOptionsResult.Skip;
        }

        var problems = options.Problems(requireCredentials);
        if (problems.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(app is null ? problems : [.. System.Linq.Enumerable.Select(problems, problem => $"WeCom app '{app}': {problem}")]);
    }
}
