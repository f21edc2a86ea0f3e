using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WeComGen.Assets;
using WeComGen.Client;
using WeComGen.Endpoints;
using WeComGen.Extensions.DependencyInjection;
using WeComGen.Personalisation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the welcome's assets and its personalised greeting.</summary>
public static class WeComWelcomeServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="WelcomeAssets"/> uploaded with the generated media endpoints:
    /// <c>services.AddWeComWelcomeAssets(section, MediaEndpoints.UploadImage, MediaEndpoints.UploadMedia)</c>. How each
    /// request is built, what its answer gives and how long that lives are read from their metadata
    /// (<see cref="WelcomeMediaUploads.Create"/>). Needs <c>AddWeComClient</c>.
    /// </summary>
    public static IServiceCollection AddWeComWelcomeAssets<TImageRequest, TImageResponse, TMediaRequest, TMediaResponse>(
        this IServiceCollection services,
        IConfiguration configuration,
        EndpointDescriptor<TImageRequest, TImageResponse> uploadImage,
        EndpointDescriptor<TMediaRequest, TMediaResponse> uploadMedia,
        Action<WelcomeAssetOptions>? configure = null)
        where TImageRequest : class
        where TImageResponse : class
        where TMediaRequest : class
        where TMediaResponse : class
    {
        if (uploadImage is null || uploadMedia is null)
        {
            throw new ArgumentNullException(uploadImage is null ? nameof(uploadImage) : nameof(uploadMedia));
        }

        return services.AddWeComWelcomeAssets(configuration, client => WelcomeMediaUploads.Create(client, uploadImage, uploadMedia), configure);
    }

    /// <summary>
    /// Adds <see cref="WelcomeAssets"/>, bound from <paramref name="configuration"/> (<c>Files:&lt;name&gt;:Kind</c>,
    /// <c>Path</c>, <c>RefreshMargin</c>…) and <paramref name="configure"/>, uploaded through the app's
    /// <see cref="WeComClient"/> with <paramref name="uploads"/> (a test's own, say) when the host starts; offers the
    /// <c>wecom-welcome-assets</c> health check to <c>AddWeComHealthChecks()</c>. Needs <c>AddWeComClient</c>.
    /// </summary>
    public static IServiceCollection AddWeComWelcomeAssets(
        this IServiceCollection services,
        IConfiguration configuration,
        Func<WeComClient, IWelcomeMediaUploads> uploads,
        Action<WelcomeAssetOptions>? configure = null)
    {
        if (services is null || configuration is null || uploads is null)
        {
            throw new ArgumentNullException(services is null ? nameof(services) : configuration is null ? nameof(configuration) : nameof(uploads));
        }

        services.AddOptions<WelcomeAssetOptions>().Configure(options =>
        {
            configuration.Bind(options);
            configure?.Invoke(options);
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new WelcomeAssets(
            uploads(provider.GetRequiredService<WeComClient>()),
            provider.GetRequiredService<IOptions<WelcomeAssetOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<WelcomeAssets>>()));
        services.AddSingleton<IHostedService, WelcomeAssetsStartup>();
        services.AddWeComHealthCheck("wecom-welcome-assets", provider => new WelcomeAssetsHealthCheck(
            provider.GetRequiredService<WelcomeAssets>(),
            provider.GetRequiredService<IOptions<WelcomeAssetOptions>>().Value,
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// Adds <see cref="WelcomeGreeting"/>, bound from <paramref name="configuration"/> (<c>Template</c>,
    /// <c>PlainGreeting</c>, <c>LookupBudget</c>; checked when the host starts), whose text fits <paramref name="maxUtf8Bytes"/>: pass the
    /// generated metadata's limit, <c>ContractLimits.MaxUtf8Bytes(typeof(Text), nameof(Text.Content))</c>.
    /// </summary>
    public static IServiceCollection AddWeComWelcomeGreeting(this IServiceCollection services, IConfiguration configuration, int maxUtf8Bytes)
    {
        if (services is null || configuration is null)
        {
            throw new ArgumentNullException(services is null ? nameof(services) : nameof(configuration));
        }

        services.AddOptions<WelcomeGreetingOptions>().Configure(options => configuration.Bind(options)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WelcomeGreetingOptions>>(new WelcomeGreetingOptionsValidator(maxUtf8Bytes));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new WelcomeGreeting(
            provider.GetRequiredService<IOptions<WelcomeGreetingOptions>>().Value,
            maxUtf8Bytes,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<WelcomeGreeting>>()));
        return services;
    }
}
