using System;
using System.Diagnostics.Metrics;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WeComGen.AspNetCore;
using WeComGen.Callbacks;
using WeComGen.Endpoints;
using WeComGen.Extensions.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what <see cref="WeComCallbackEndpointRouteBuilderExtensions.MapWeComCallback(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, string, WeComCallbackHandler)"/> needs.</summary>
public static class WeComCallbackServiceCollectionExtensions
{
    /// <summary>Adds the callback services with options bound from <paramref name="configuration"/> (a section such as <c>WeCom:Callback</c>).</summary>
    public static IServiceCollection AddWeComCallbacks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddWeComCallbacks(options => Bind(configuration, options));
    }

    /// <summary>Adds the callback services with options set by <paramref name="configure"/>.</summary>
    public static IServiceCollection AddWeComCallbacks(this IServiceCollection services, Action<WeComCallbackOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddOptions(services, Options.Options.DefaultName, configure);
        services.TryAddSingleton(provider => CreateCrypto(provider, AppCallbackServices.Default));
        services.TryAddSingleton(provider => CreateDeadlines(provider, AppCallbackServices.Default));
        services.TryAddSingleton<CallbackDeduplicator>();
        services.TryAddSingleton<IWeComCallbackDeduplicator>(provider => provider.GetRequiredService<CallbackDeduplicator>());
        services.TryAddSingleton<CallbackQueue>();
        services.TryAddSingleton(provider => CreateTelemetry(provider, AppCallbackServices.Default));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CallbackDispatcher>());
        services.AddWeComHealthCheck("wecom-callbacks", provider => CreateHealthCheck(provider, AppCallbackServices.Default));
        return services;
    }

    /// <summary>
    /// Adds the callback services of the app <paramref name="name"/>, with options bound from <paramref name="configuration"/>
    /// under that name: map its URL with <c>app.MapWeComCallback(name, pattern, handler)</c>.
    /// </summary>
    public static IServiceCollection AddWeComCallbacks(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddWeComCallbacks(name, options => Bind(configuration, options));
    }

    /// <summary>
    /// Adds the callback services of the app <paramref name="name"/>: its own Token, EncodingAESKey and receive id, its
    /// own queue, handlers and de-duplication, its options validated at start with messages naming the app. Map its
    /// URL with <c>app.MapWeComCallback(name, pattern, handler)</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">Callbacks of an app of this name were added before.</exception>
    public static IServiceCollection AddWeComCallbacks(this IServiceCollection services, string name, Action<WeComCallbackOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        if (services.Any(service => service.ServiceType == typeof(CallbackQueue) && service.IsKeyedService && Equals(service.ServiceKey, name)))
        {
            throw new InvalidOperationException($"WeCom callbacks of an app named '{name}' were added twice: each AddWeComCallbacks(name, ...) needs a name of its own.");
        }

        var app = new AppCallbackServices(name);
        AddOptions(services, name, configure);
        services.AddKeyedSingleton(name, (provider, _) => CreateCrypto(provider, app));
        services.AddKeyedSingleton(name, (provider, _) => CreateDeadlines(provider, app));
        services.AddKeyedSingleton(name, (provider, _) => new CallbackQueue(Named(provider, app)));
        // Any name: a shared store (the Redis companion) replaces these for every app at once.
        services.TryAddKeyedSingleton(KeyedService.AnyKey, (provider, key) => new CallbackDeduplicator(
            Named(provider, new AppCallbackServices((string)key!)), provider.GetRequiredService<TimeProvider>()));
        services.TryAddKeyedSingleton<IWeComCallbackDeduplicator>(KeyedService.AnyKey, (provider, key) => provider.GetRequiredKeyedService<CallbackDeduplicator>(key));
        services.AddKeyedSingleton(name, (provider, _) => CreateTelemetry(provider, app));
        services.AddSingleton<IHostedService>(provider => new CallbackDispatcher(
            provider.GetRequiredKeyedService<CallbackQueue>(name), provider.GetRequiredService<IServiceScopeFactory>(), Named(provider, app),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredKeyedService<CallbackTelemetry>(name), provider.GetRequiredService<ILogger<CallbackDispatcher>>()));
        services.AddWeComHealthCheck("wecom-callbacks:" + name, provider => CreateHealthCheck(provider, app));
        return services;
    }

    /// <summary>The options of one app, validated at start; its clock is the app's.</summary>
    private static void AddOptions(IServiceCollection services, string name, Action<WeComCallbackOptions> configure)
    {
        services.TryAddSingleton(TimeProvider.System);
        // One clock for the replay window, the welcome code's receipt, de-duplication and deadlines.
        services.AddOptions<WeComCallbackOptions>(name)
            .Configure(configure)
            .PostConfigure<TimeProvider>(UseAppClock)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WeComCallbackOptions>, WeComCallbackOptionsValidator>());
    }

    /// <summary>
    /// Binds through generated code. An empty <c>Crypto:TimestampTolerance</c> switches the replay window off; the
    /// generated binder would read it as a malformed TimeSpan, so the rest is bound without it.
    /// </summary>
    private static void Bind(IConfiguration configuration, WeComCallbackOptions options)
    {
        if (configuration[ToleranceKey] is not "")
        {
            configuration.Bind(options);
            return;
        }

        var withoutTolerance = configuration.AsEnumerable(makePathsRelative: true)
            .Where(setting => !string.Equals(setting.Key, ToleranceKey, StringComparison.OrdinalIgnoreCase));
        new ConfigurationBuilder().AddInMemoryCollection(withoutTolerance).Build().Bind(options);
        options.Crypto.TimestampTolerance = null;
    }

    private const string ToleranceKey = "Crypto:TimestampTolerance";

    private static void UseAppClock(WeComCallbackOptions options, TimeProvider clock)
    {
        if (options.Crypto is { } crypto)
        {
            crypto.TimeProvider = clock;
        }
    }

    private static IOptions<WeComCallbackOptions> Named(IServiceProvider provider, AppCallbackServices app) => Options.Options.Create(app.OptionsOf(provider));

    private static WeComCallbackCrypto CreateCrypto(IServiceProvider provider, AppCallbackServices app)
    {
        var options = app.OptionsOf(provider);
        return new WeComCallbackCrypto(options.Token, options.EncodingAesKey, options.ReceiveId, options.Crypto);
    }

    private static CallbackDeadlines CreateDeadlines(IServiceProvider provider, AppCallbackServices app) =>
        new(Named(provider, app), provider.GetRequiredService<ILogger<CallbackDeadlines>>(), ContractRegistry.CredentialValidity);

    /// <summary>The app's metrics, on the host's meter factory when it has one (a web host registers it), so its listeners apply.</summary>
    private static CallbackTelemetry CreateTelemetry(IServiceProvider provider, AppCallbackServices app) =>
        new(provider.GetService<IMeterFactory>(), app.Get<CallbackQueue>(provider), app.Name);

    private static CallbackQueueHealthCheck CreateHealthCheck(IServiceProvider provider, AppCallbackServices app) =>
        new(app.Get<CallbackQueue>(provider), provider.GetRequiredService<IOptions<WeComHealthCheckOptions>>().Value);
}
