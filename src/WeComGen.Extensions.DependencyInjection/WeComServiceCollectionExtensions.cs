using System;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WeComGen.Client;
using WeComGen.Diagnostics;
using WeComGen.Extensions.DependencyInjection;
using WeComGen.Tokens;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers a <see cref="WeComClient"/> with <see cref="IHttpClientFactory"/>, options, logging, a <see cref="TimeProvider"/>
/// and <see cref="WeComTelemetry"/> on the host's <see cref="IMeterFactory"/>:
/// one app's as a plain service, or several apps' as keyed services, each with its own options, token source and credential ledger.
/// </summary>
public static class WeComServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the client and its token cache use; a named app's is <see cref="HttpClientNameOf"/>.</summary>
    public const string HttpClientName = "WeComGen";

    /// <summary>The name of the <see cref="HttpClient"/> of the app <paramref name="app"/> (<see langword="null"/>: the one-app client's).</summary>
    public static string HttpClientNameOf(string? app) => app is null ? HttpClientName : HttpClientName + ":" + app;

    /// <summary>
    /// Adds a singleton <see cref="WeComClient"/> whose <see cref="WeComClientOptions"/> are bound from
    /// <paramref name="configuration"/> (a section with <c>CorpId</c>, <c>Secret</c>, <c>BaseAddress</c>, margins...).
    /// </summary>
    /// <returns>The builder of the client's <see cref="HttpClient"/>, to add handlers (a proxy, say).</returns>
    public static IHttpClientBuilder AddWeComClient(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        return services.AddWeComClient(options => configuration.Bind(options));
    }

    /// <summary>
    /// Adds a singleton <see cref="WeComClient"/> configured by <paramref name="configure"/>. The options are validated
    /// when the host starts (<see cref="OptionsValidationException"/> naming each bad setting); CorpId and Secret are
    /// required unless an <see cref="IAccessTokenSource"/> was registered before.
    /// </summary>
    /// <returns>The builder of the client's <see cref="HttpClient"/>, to add handlers (a proxy, say).</returns>
    public static IHttpClientBuilder AddWeComClient(this IServiceCollection services, Action<WeComClientOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        // CorpId and Secret are needed only by the token source registered here, not by one registered before.
        var callsGetToken = !services.Any(service => service.ServiceType == typeof(IAccessTokenSource) && !service.IsKeyedService);
        services.AddOptions<WeComClientOptions>().Configure(configure).ValidateOnStart();
        AddValidator(services, null, callsGetToken);
        services.TryAddSingleton(TimeProvider.System);
        AddTelemetry(services);
        services.TryAddSingleton<IAccessTokenSource>(provider => CreateTokenSource(provider, null));
        services.TryAddSingleton(provider => CreateClient(provider, null, provider.GetRequiredService<IAccessTokenSource>(), provider.GetService<ICredentialClaims>()));
        services.AddWeComHealthCheck("wecom-token", provider => new AccessTokenHealthCheck(provider.GetRequiredService<IAccessTokenSource>(), provider.GetRequiredService<TimeProvider>()));
        return AddHttpClient(services, null);
    }

    /// <summary>
    /// Adds the WeCom app <paramref name="name"/>: a singleton <see cref="WeComClient"/> keyed by the name
    /// (<c>[FromKeyedServices("sales")] WeComClient client</c>), with <see cref="WeComClientOptions"/> bound from
    /// <paramref name="configuration"/> under the same name.
    /// </summary>
    /// <returns>The builder of this app's <see cref="HttpClient"/>, to add handlers.</returns>
    public static IHttpClientBuilder AddWeComClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        return services.AddWeComClient(name, options => configuration.Bind(options));
    }

    /// <summary>
    /// Adds the WeCom app <paramref name="name"/>: a singleton <see cref="WeComClient"/> keyed by the name
    /// (<c>[FromKeyedServices("sales")] WeComClient client</c>) with its own options, token source, credential ledger
    /// and <see cref="HttpClient"/>. Its options are validated when the host starts, each message naming the app
    /// and the setting; CorpId and Secret are required unless an <see cref="IAccessTokenSource"/> keyed by the name
    /// was registered before. An <see cref="ICredentialClaims"/> keyed by the name, when registered, is used.
    /// </summary>
    /// <exception cref="InvalidOperationException">An app of this name was added before.</exception>
    /// <returns>The builder of this app's <see cref="HttpClient"/>, to add handlers.</returns>
    public static IHttpClientBuilder AddWeComClient(this IServiceCollection services, string name, Action<WeComClientOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A WeCom app needs a name.", nameof(name));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        if (services.Any(service => service.ServiceType == typeof(WeComClient) && service.IsKeyedService && Equals(service.ServiceKey, name)))
        {
            throw new InvalidOperationException($"A WeCom app named '{name}' was added twice: each AddWeComClient(name, ...) needs a name of its own.");
        }

        var callsGetToken = !services.Any(service => service.ServiceType == typeof(IAccessTokenSource) && service.IsKeyedService && Equals(service.ServiceKey, name));
        services.AddOptions<WeComClientOptions>(name).Configure(configure).ValidateOnStart();
        AddValidator(services, name, callsGetToken);
        services.TryAddSingleton(TimeProvider.System);
        AddTelemetry(services);
        // Any name, so that a token source keyed by this one (registered before or after) wins, and a shared one
        // (the Redis companion's) replaces this for every app at once.
        services.TryAddKeyedSingleton<IAccessTokenSource>(KeyedService.AnyKey, (provider, key) => CreateTokenSource(provider, (string)key!));
        services.AddKeyedSingleton(name, (provider, _) => CreateClient(
            provider, name, provider.GetRequiredKeyedService<IAccessTokenSource>(name), provider.GetKeyedService<ICredentialClaims>(name)));
        services.AddWeComHealthCheck("wecom-token:" + name, provider => new AccessTokenHealthCheck(
            provider.GetRequiredKeyedService<IAccessTokenSource>(name), provider.GetRequiredService<TimeProvider>()));
        return AddHttpClient(services, name);
    }

    /// <summary>The options of the app <paramref name="app"/> (<see langword="null"/>: the one-app client's).</summary>
    public static WeComClientOptions GetWeComClientOptions(this IServiceProvider provider, string? app) =>
        provider.GetRequiredService<IOptionsMonitor<WeComClientOptions>>().Get(app ?? Options.Options.DefaultName);

    private static void AddValidator(IServiceCollection services, string? app, bool callsGetToken)
    {
        if (!services.Any(service => service.ImplementationInstance is WeComClientOptionsValidator validator && validator.App == app))
        {
            services.AddSingleton<IValidateOptions<WeComClientOptions>>(new WeComClientOptionsValidator(app, callsGetToken));
        }
    }

    /// <summary>One <see cref="WeComTelemetry"/> for every app, on the host's meter factory when it has one (a generic or web host registers it), so its listeners apply.</summary>
    private static void AddTelemetry(IServiceCollection services) =>
        services.TryAddSingleton(provider => new WeComTelemetry(provider.GetService<IMeterFactory>()));

    private static WeComAccessTokenSource CreateTokenSource(IServiceProvider provider, string? app) => new(
        Http(provider, app), provider.GetWeComClientOptions(app), provider.GetRequiredService<TimeProvider>(), provider.GetService<ILogger<WeComAccessTokenSource>>(), provider.GetRequiredService<WeComTelemetry>());

    private static WeComClient CreateClient(IServiceProvider provider, string? app, IAccessTokenSource tokens, ICredentialClaims? claims) => new(
        Http(provider, app), tokens, claims, provider.GetWeComClientOptions(app), provider.GetRequiredService<TimeProvider>(), provider.GetService<ILogger<WeComClient>>(), provider.GetRequiredService<WeComTelemetry>());

    private static IHttpClientBuilder AddHttpClient(IServiceCollection services, string? app)
    {
        // The factory's own request logging prints request URIs, whose query carries the access token and the
        // corp secret: recent versions redact it, but only while System.Net.Http.DisableUriRedaction is off.
        // The client logs every attempt itself, by path.
        var http = services.AddHttpClient(HttpClientNameOf(app)).RemoveAllLoggers();
#if NET8_0_OR_GREATER
        // The client is a singleton holding one HttpClient: recycle pooled connections so DNS changes are seen.
        http.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
#endif
        return http;
    }

    private static HttpClient Http(IServiceProvider provider, string? app) =>
        provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientNameOf(app));
}
