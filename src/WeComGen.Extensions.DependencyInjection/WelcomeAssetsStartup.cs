using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using WeComGen.Assets;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Uploads the welcome assets when the host starts, before the server takes the first callback; a bad asset stops
/// the start with a <see cref="WelcomeAssetException"/> naming the file and the rule. Stopping the host stops the
/// background refreshes.
/// </summary>
internal sealed class WelcomeAssetsStartup(WelcomeAssets assets) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => assets.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken)
    {
        assets.Dispose();
        return Task.CompletedTask;
    }
}
