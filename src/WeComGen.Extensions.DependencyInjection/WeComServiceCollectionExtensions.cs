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
using WeComGen.Tokens;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers a <see cref="WeComClient"/> with <see cref="IHttpClientFactory"/>, options, logging, a <see cref="TimeProvider"/>
/// and <see cref="WeComTelemetry"/> on the host's <see cref="IMeterFactory"/>.
/// </summary>
public static class WeComServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the client and its token cache use.</summary>
    public const string HttpClientName = "WeComGen";

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
        var callsGetToken = !services.Any(service => service.ServiceType == typeof(IAccessTokenSource));
        services.AddOptions<WeComClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WeComClientOptions>>(new WeComClientOptionsValidator(callsGetToken)));
        services.TryAddSingleton(TimeProvider.System);
        // The host's meter factory when it has one (a generic or web host registers it), so its listeners apply.
        services.TryAddSingleton(provider => new WeComTelemetry(provider.GetService<IMeterFactory>()));
        services.TryAddSingleton<IAccessTokenSource>(provider => new WeComAccessTokenSource(
            Http(provider), Options(provider), provider.GetRequiredService<TimeProvider>(), provider.GetService<ILogger<WeComAccessTokenSource>>(), provider.GetRequiredService<WeComTelemetry>()));
        services.TryAddSingleton(provider => new WeComClient(
            Http(provider), provider.GetRequiredService<IAccessTokenSource>(), provider.GetService<ICredentialClaims>(), Options(provider), provider.GetRequiredService<TimeProvider>(), provider.GetService<ILogger<WeComClient>>(), provider.GetRequiredService<WeComTelemetry>()));

        // The factory's own request logging prints request URIs, whose query carries the access token and the
        // corp secret: recent versions redact it, but only while System.Net.Http.DisableUriRedaction is off.
        // The client logs every attempt itself, by path.
        var http = services.AddHttpClient(HttpClientName).RemoveAllLoggers();
#if NET8_0_OR_GREATER
        // The client is a singleton holding one HttpClient: recycle pooled connections so DNS changes are seen.
        http.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
#endif
        return http;
    }

    private static HttpClient Http(IServiceProvider provider) =>
        provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);

    private static WeComClientOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<WeComClientOptions>>().Value;
}
