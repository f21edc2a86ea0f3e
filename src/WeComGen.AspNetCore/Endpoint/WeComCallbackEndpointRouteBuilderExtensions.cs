using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

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
        if (endpoints.ServiceProvider.GetService<CallbackQueue>() is null)
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

    /// <summary>
    /// <see cref="MapWeComCallback(IEndpointRouteBuilder, string, WeComCallbackHandler)"/> for a handler that needs
    /// only the event and the token.
    /// </summary>
    public static IEndpointConventionBuilder MapWeComCallback(
        this IEndpointRouteBuilder endpoints, string pattern, Func<WeComCallbackEvent, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapWeComCallback(pattern, (context, cancellationToken) => handler(context.Event, cancellationToken));
    }
}
