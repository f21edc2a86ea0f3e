using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WeComGen.Extensions.DependencyInjection;

/// <summary>
/// The health checks WeComGen's parts offer: each part (a client, a callback endpoint, the Redis companion) adds
/// the check of what it registers when it is registered, and <c>AddWeComHealthChecks()</c> turns them all on, in
/// whichever order both were called.
/// </summary>
public static class WeComHealthContributions
{
    /// <summary>The tag every WeComGen check carries, to map them apart: <c>MapHealthChecks("/healthz/wecom", new() { Predicate = c => c.Tags.Contains("wecom") })</c>.</summary>
    public const string Tag = "wecom";

    /// <summary>
    /// Offers the check <paramref name="name"/>, run only when <c>AddWeComHealthChecks()</c> is called; a name offered
    /// again is kept once. For WeComGen's companion packages.
    /// </summary>
    public static IServiceCollection AddWeComHealthCheck(this IServiceCollection services, string name, Func<IServiceProvider, IHealthCheck> factory)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (!services.Any(service => service.ImplementationInstance is WeComHealthContribution contribution && contribution.Name == name))
        {
            services.AddSingleton(new WeComHealthContribution(name, factory));
        }

        return services;
    }
}

/// <summary>One offered check.</summary>
internal sealed record WeComHealthContribution(string Name, Func<IServiceProvider, IHealthCheck> Factory);
