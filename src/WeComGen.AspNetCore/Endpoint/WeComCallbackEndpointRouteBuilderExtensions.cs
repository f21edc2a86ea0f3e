using System;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WeComGen.AspNetCore;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps WeCom's callback URL.</summary>
public static class WeComCallbackEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <paramref name="pattern"/> as an app's callback URL: GET answers the URL verification; POST verifies,
    /// decrypts and parses a callback, answers <c>success</c> at once, and runs <paramref name="handler"/> in the
    /// background with a token that fires when the welcome code expires or the app stops. Needs
    /// <see cref="WeComCallbackServiceCollectionExtensions.AddWeComCallbacks(IServiceCollection, Action{WeComCallbackOptions})"/>.
    /// </summary>
    /// <returns>A builder for conventions on both endpoints (host filters, rate limits, ...).</returns>
    public static IEndpointConventionBuilder MapWeComCallback(this IEndpointRouteBuilder endpoints, string pattern, WeComCallbackHandler handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        // Asks whether the services are registered without building them: bad options surface at start-up.
        if (endpoints.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(CallbackQueue)) != true)
        {
            throw new InvalidOperationException(
                "MapWeComCallback needs the callback services: call services.AddWeComCallbacks(...) when building the app.");
        }

        var endpoint = new CallbackEndpoint(handler);
        var group = endpoints.MapGroup(pattern);
        group.MapGet("", endpoint.VerifyAsync);
        group.MapPost("", endpoint.ReceiveAsync);
        return group;
    }
}
