using System.Threading;
using System.Threading.Tasks;

namespace WeComGen.AspNetCore;

/// <summary>
/// Handles one callback in the background, after WeCom has been answered. <paramref name="cancellationToken"/>
/// fires at <see cref="WeComCallbackContext.Deadline"/> (the welcome code's expiry) or when the app stops.
/// </summary>
public delegate Task WeComCallbackHandler(WeComCallbackContext context, CancellationToken cancellationToken);
