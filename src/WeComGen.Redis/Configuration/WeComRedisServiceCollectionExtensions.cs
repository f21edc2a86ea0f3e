using System;
using System.Linq;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WeComGen.AspNetCore;
using WeComGen.Client;
using WeComGen.Extensions.DependencyInjection;
using WeComGen.Redis;
using WeComGen.Tokens;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Shares what WeComGen keeps per process through Redis, for apps that run on several instances: access tokens
/// (<see cref="IAccessTokenSource"/>), callback de-duplication (<see cref="IWeComCallbackDeduplicator"/>) and
/// single-use welcome codes (<see cref="ICredentialClaims"/>), for the one-app client and for every app added by
/// name (keys are per corp and secret, callback and code, so apps never share an entry). Add it beside
/// <c>AddWeComClient</c> and <c>AddWeComCallbacks</c>, in any order.
/// </summary>
public static class WeComRedisServiceCollectionExtensions
{
    /// <summary>Shares tokens, callbacks and welcome codes through the Redis at <paramref name="connectionString"/>.</summary>
    public static IServiceCollection AddWeComRedis(this IServiceCollection services, string connectionString) =>
        services.AddWeComRedis(options => options.ConnectionString = connectionString);

    /// <summary>Shares tokens, callbacks and welcome codes through <paramref name="connection"/>, which the app keeps and closes.</summary>
    public static IServiceCollection AddWeComRedis(this IServiceCollection services, IConnectionMultiplexer connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return services.AddWeComRedis(options => options.Connection = connection);
    }

    /// <summary>Shares tokens, callbacks and welcome codes with options bound from <paramref name="configuration"/> (a section such as <c>WeCom:Redis</c>).</summary>
    public static IServiceCollection AddWeComRedis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddWeComRedis(options => Bind(configuration, options));
    }

    /// <summary>
    /// Reads the settings one by one, through generated code: <see cref="WeComRedisOptions.Connection"/> is an object
    /// the app hands over, not a setting, and binding the whole options would walk into the connection's members.
    /// </summary>
    private static void Bind(IConfiguration configuration, WeComRedisOptions options)
    {
        options.ConnectionString = configuration[nameof(options.ConnectionString)] ?? options.ConnectionString;
        options.KeyPrefix = configuration[nameof(options.KeyPrefix)] ?? options.KeyPrefix;
        options.OperationTimeout = configuration.GetValue(nameof(options.OperationTimeout), options.OperationTimeout);
        options.RetryAfterFailure = configuration.GetValue(nameof(options.RetryAfterFailure), options.RetryAfterFailure);
        options.TokenLockTimeout = configuration.GetValue(nameof(options.TokenLockTimeout), options.TokenLockTimeout);
        options.MaxGetTokenCallsPerMinute = configuration.GetValue(nameof(options.MaxGetTokenCallsPerMinute), options.MaxGetTokenCallsPerMinute);
    }

    /// <summary>Shares tokens, callbacks and welcome codes with options set by <paramref name="configure"/>.</summary>
    public static IServiceCollection AddWeComRedis(this IServiceCollection services, Action<WeComRedisOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<WeComRedisOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WeComRedisOptions>, WeComRedisOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new RedisConnection(
            provider.GetRequiredService<IOptions<WeComRedisOptions>>().Value, provider.GetRequiredService<TimeProvider>(), provider.GetService<ILogger<RedisConnection>>()));

        // Replaces the in-process defaults whichever was registered first: theirs are TryAdd, these are not. Those of
        // the apps added by name are registered for any name: these replace them for every app at once.
        services.RemoveAll<IAccessTokenSource>();
        services.AddSingleton<IAccessTokenSource>(provider => CreateTokenSource(provider, null));
        ReplaceForEveryName<IAccessTokenSource>(services, (provider, key) => CreateTokenSource(provider, (string)key!));
        services.RemoveAll<IWeComCallbackDeduplicator>();
        services.TryAddSingleton<CallbackDeduplicator>();
        services.AddSingleton<IWeComCallbackDeduplicator, RedisCallbackDeduplicator>();
        ReplaceForEveryName<IWeComCallbackDeduplicator>(services, (provider, key) => new RedisCallbackDeduplicator(
            provider.GetRequiredService<RedisConnection>(),
            provider.GetRequiredKeyedService<CallbackDeduplicator>(key),
            Options.Options.Create(provider.GetRequiredService<IOptionsMonitor<WeComCallbackOptions>>().Get((string)key!)),
            provider.GetRequiredService<TimeProvider>()));
        services.RemoveAll<ICredentialClaims>();
        services.AddSingleton<ICredentialClaims, RedisCredentialClaims>();
        ReplaceForEveryName<ICredentialClaims>(services, (provider, _) => provider.GetRequiredService<ICredentialClaims>());
        services.AddWeComHealthCheck("wecom-redis", provider => new RedisHealthCheck(provider.GetRequiredService<RedisConnection>()));
        return services;
    }

    /// <summary>Chains after <c>AddWeComClient(...)</c>: <c>services.AddWeComClient(...).AddWeComRedis(connectionString)</c>.</summary>
    /// <returns>The same builder, to add handlers.</returns>
    public static IHttpClientBuilder AddWeComRedis(this IHttpClientBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddWeComRedis(connectionString);
        return builder;
    }

    private static void ReplaceForEveryName<TService>(IServiceCollection services, Func<IServiceProvider, object?, TService> factory)
        where TService : class
    {
        foreach (var registered in services.Where(service => service.ServiceType == typeof(TService) && Equals(service.ServiceKey, KeyedService.AnyKey)).ToList())
        {
            services.Remove(registered);
        }

        services.AddKeyedSingleton(KeyedService.AnyKey, factory);
    }

    /// <summary>The shared token source of the app <paramref name="app"/> (<see langword="null"/>: the one-app client's).</summary>
    private static RedisAccessTokenSource CreateTokenSource(IServiceProvider provider, string? app)
    {
        var client = provider.GetWeComClientOptions(app);
        var time = provider.GetRequiredService<TimeProvider>();
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(WeComServiceCollectionExtensions.HttpClientNameOf(app));
        var gettoken = new WeComAccessTokenSource(http, client, time, provider.GetService<ILogger<WeComAccessTokenSource>>());
        var store = new RedisTokenStore(provider.GetRequiredService<RedisConnection>(), RedisKeys.App(client.CorpId, client.Secret));
        return new RedisAccessTokenSource(
            store, gettoken, client, provider.GetRequiredService<IOptions<WeComRedisOptions>>().Value, time, provider.GetService<ILogger<RedisAccessTokenSource>>());
    }
}
