using System;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WeComGen.AspNetCore;
using WeComGen.Client;
using WeComGen.Redis;
using WeComGen.Tokens;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Shares what WeComGen keeps per process through Redis, for apps that run on several instances: access tokens
/// (<see cref="IAccessTokenSource"/>), callback de-duplication (<see cref="IWeComCallbackDeduplicator"/>) and
/// single-use welcome codes (<see cref="ICredentialClaims"/>). Add it beside <c>AddWeComClient</c> and
/// <c>AddWeComCallbacks</c>, in any order.
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
        return services.AddWeComRedis(options => configuration.Bind(options));
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

        // Replaces the in-process defaults whichever was registered first: theirs are TryAdd, these are not.
        services.RemoveAll<IAccessTokenSource>();
        services.AddSingleton<IAccessTokenSource>(CreateTokenSource);
        services.RemoveAll<IWeComCallbackDeduplicator>();
        services.TryAddSingleton<CallbackDeduplicator>();
        services.AddSingleton<IWeComCallbackDeduplicator, RedisCallbackDeduplicator>();
        services.RemoveAll<ICredentialClaims>();
        services.AddSingleton<ICredentialClaims, RedisCredentialClaims>();
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

    private static RedisAccessTokenSource CreateTokenSource(IServiceProvider provider)
    {
        var client = provider.GetRequiredService<IOptions<WeComClientOptions>>().Value;
        var time = provider.GetRequiredService<TimeProvider>();
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(WeComServiceCollectionExtensions.HttpClientName);
        var gettoken = new WeComAccessTokenSource(http, client, time, provider.GetService<ILogger<WeComAccessTokenSource>>());
        var store = new RedisTokenStore(provider.GetRequiredService<RedisConnection>(), RedisKeys.App(client.CorpId, client.Secret));
        return new RedisAccessTokenSource(
            store, gettoken, client, provider.GetRequiredService<IOptions<WeComRedisOptions>>().Value, time, provider.GetService<ILogger<RedisAccessTokenSource>>());
    }
}
