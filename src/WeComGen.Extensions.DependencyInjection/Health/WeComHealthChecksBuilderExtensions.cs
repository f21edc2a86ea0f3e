using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using WeComGen.Extensions.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Health checks for what WeComGen registered in the app.</summary>
public static class WeComHealthChecksBuilderExtensions
{
    /// <summary>
    /// Checks, tagged <c>wecom</c>, of everything WeComGen registered, before or after this call: each client's access
    /// tokens (<c>wecom-token</c>, <c>wecom-token:{app}</c>), each callback endpoint's queue (<c>wecom-callbacks</c>,
    /// <c>wecom-callbacks:{app}</c>) and the Redis companion (<c>wecom-redis</c>). Their descriptions and data never
    /// hold a secret, a token or a key. Thresholds that cannot work stop the host from starting.
    /// </summary>
    public static IHealthChecksBuilder AddWeComHealthChecks(this IHealthChecksBuilder builder, Action<WeComHealthCheckOptions>? configure = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        var options = builder.Services.AddOptions<WeComHealthCheckOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WeComHealthCheckOptions>, WeComHealthCheckOptionsValidator>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<HealthCheckServiceOptions>, WeComHealthCheckRegistrations>());
        return builder;
    }
}
