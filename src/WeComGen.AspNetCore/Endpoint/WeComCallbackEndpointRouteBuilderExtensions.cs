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
    public static IEndpointConventionBuilder MapWeComCallback(this IEndpointRouteBuilder endpoints, string pattern, WeComCallbackHandler handler) =>
        Map(endpoints, AppCallbackServices.Default, pattern, handler);

    /// <summary>
    /// Maps <paramref name="pattern"/> as the callback URL of the app <paramref name="app"/>, with that app's Token,
    /// EncodingAESKey, receive id, queue and handlers: a callback encrypted for another app is refused here. Needs
    /// <see cref="WeComCallbackServiceCollectionExtensions.AddWeComCallbacks(IServiceCollection, string, Action{WeComCallbackOptions})"/>
    /// with the same name.
    /// </summary>
    /// <returns>A builder for conventions on both endpoints (host filters, rate limits, ...).</returns>
    public static IEndpointConventionBuilder MapWeComCallback(this IEndpointRouteBuilder endpoints, string app, string pattern, WeComCallbackHandler handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return Map(endpoints, new AppCallbackServices(app), pattern, handler);
    }

    private static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints, AppCallbackServices app, string pattern, WeComCallbackHandler handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        // Asks whether the services are registered without building them: bad options surface at start-up.
        if (!app.IsRegistered(endpoints.ServiceProvider))
        {
            throw new InvalidOperationException(app.Name is null
                ? "MapWeComCallback needs the callback services: call services.AddWeComCallbacks(...) when building the app."
                : $"MapWeComCallback(\"{app.Name}\", ...) needs that app's callback services: call services.AddWeComCallbacks(\"{app.Name}\", ...) when building the app.");
        }

        var endpoint = new CallbackEndpoint(app, handler);
        var group = endpoints.MapGroup(pattern);
        group.MapGet("", endpoint.VerifyAsync);
        group.MapPost("", endpoint.ReceiveAsync);
        return group;
    }
}
