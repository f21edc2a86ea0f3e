using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WeComGen.Callbacks;

namespace WeComGen.AspNetCore;

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
        services.AddOptions<WeComCallbackOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WeComCallbackOptions>, WeComCallbackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(CreateCrypto);
        services.TryAddSingleton<CallbackDeduplicator>();
        services.TryAddSingleton<IWeComCallbackDeduplicator>(provider => provider.GetRequiredService<CallbackDeduplicator>());
        services.TryAddSingleton<CallbackQueue>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CallbackDispatcher>());
        return services;
    }

    private static WeComCallbackCrypto CreateCrypto(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<WeComCallbackOptions>>().Value;
        return new WeComCallbackCrypto(options.Token, options.EncodingAesKey, options.ReceiveId, new CallbackCryptoOptions
        {
            MaxBodyBytes = options.MaxBodyBytes,
            MaxMessageBytes = options.MaxMessageBytes,
            TimestampTolerance = options.TimestampTolerance,
            TimeProvider = services.GetRequiredService<TimeProvider>(),
        });
    }
}
