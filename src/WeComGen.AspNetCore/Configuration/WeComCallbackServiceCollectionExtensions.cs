using System;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WeComGen.AspNetCore;
using WeComGen.Callbacks;
using WeComGen.Endpoints;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what <see cref="WeComCallbackEndpointRouteBuilderExtensions.MapWeComCallback(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, string, WeComCallbackHandler)"/> needs.</summary>
public static class WeComCallbackServiceCollectionExtensions
{
    /// <summary>Adds the callback services with options bound from <paramref name="configuration"/> (a section such as <c>WeCom:Callback</c>).</summary>
    public static IServiceCollection AddWeComCallbacks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WeComCallbackOptions>().Bind(configuration);
        return services.AddWeComCallbacksCore();
    }

    /// <summary>Adds the callback services with options set by <paramref name="configure"/>.</summary>
    public static IServiceCollection AddWeComCallbacks(this IServiceCollection services, Action<WeComCallbackOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<WeComCallbackOptions>().Configure(configure);
        return services.AddWeComCallbacksCore();
    }

    private static IServiceCollection AddWeComCallbacksCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        // One clock for the replay window, the welcome code's receipt, de-duplication and deadlines.
        services.AddOptions<WeComCallbackOptions>()
            .PostConfigure<TimeProvider>(UseAppClock)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WeComCallbackOptions>, WeComCallbackOptionsValidator>());
        services.TryAddSingleton(CreateCrypto);
        services.TryAddSingleton(provider => new CallbackDeadlines(
            provider.GetRequiredService<IOptions<WeComCallbackOptions>>(),
            provider.GetRequiredService<ILogger<CallbackDeadlines>>(),
            ContractRegistry.CredentialValidity));
        services.TryAddSingleton<CallbackDeduplicator>();
        services.TryAddSingleton<IWeComCallbackDeduplicator>(provider => provider.GetRequiredService<CallbackDeduplicator>());
        services.TryAddSingleton<CallbackQueue>();
        // The host's meter factory when it has one (a web host registers it), so its listeners apply.
        services.TryAddSingleton(provider => new CallbackTelemetry(
            provider.GetService<IMeterFactory>(), provider.GetRequiredService<CallbackQueue>(), provider.GetRequiredService<IOptions<WeComCallbackOptions>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CallbackDispatcher>());
        return services;
    }

    private static void UseAppClock(WeComCallbackOptions options, TimeProvider clock)
    {
        if (options.Crypto is { } crypto)
        {
            crypto.TimeProvider = clock;
        }
    }

    private static WeComCallbackCrypto CreateCrypto(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<WeComCallbackOptions>>().Value;
        return new WeComCallbackCrypto(options.Token, options.EncodingAesKey, options.ReceiveId, options.Crypto);
    }
}
