using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WeComGen.AspNetCore;

/// <summary>
/// Which app's callback services an endpoint uses: the plain services of <c>AddWeComCallbacks(configure)</c>, or
/// those keyed by the name of <c>AddWeComCallbacks(name, configure)</c>, with the options of that name.
/// </summary>
/// <param name="Name">The app's name; <see langword="null"/> for the one-app endpoint.</param>
internal sealed record AppCallbackServices(string? Name)
{
    public static AppCallbackServices Default { get; } = new((string?)null);

    public T Get<T>(IServiceProvider services)
        where T : notnull =>
        Name is null ? services.GetRequiredService<T>() : services.GetRequiredKeyedService<T>(Name);

    /// <summary>The app's options: the very instance <see cref="IOptions{TOptions}"/> holds for the one-app endpoint.</summary>
    public WeComCallbackOptions OptionsOf(IServiceProvider services) => Name is null
        ? services.GetRequiredService<IOptions<WeComCallbackOptions>>().Value
        : services.GetRequiredService<IOptionsMonitor<WeComCallbackOptions>>().Get(Name);

    /// <summary>Whether this app's callback services are registered, asked without building them.</summary>
    public bool IsRegistered(IServiceProvider services) => Name is null
        ? services.GetService<IServiceProviderIsService>()?.IsService(typeof(CallbackQueue)) == true
        : services.GetService<IServiceProviderIsKeyedService>()?.IsKeyedService(typeof(CallbackQueue), Name) == true;
}
