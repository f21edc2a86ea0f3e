using System.Collections.Generic;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace WeComGen.Extensions.DependencyInjection;

/// <summary>Adds every offered WeComGen check to the app's health checks when they are first built.</summary>
internal sealed class WeComHealthCheckRegistrations(IEnumerable<WeComHealthContribution> contributions) : IConfigureOptions<HealthCheckServiceOptions>
{
    public void Configure(HealthCheckServiceOptions options)
    {
        foreach (var contribution in contributions)
        {
            options.Registrations.Add(new HealthCheckRegistration(contribution.Name, contribution.Factory, failureStatus: null, [WeComHealthContributions.Tag]));
        }
    }
}
