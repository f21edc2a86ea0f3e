using Microsoft.Extensions.Logging;

namespace WeComGen.Personalisation;

/// <summary>What the greeting logs: why the plain greeting went out (never a customer's name).</summary>
internal static partial class GreetingLog
{
    [LoggerMessage(EventId = 420, Level = LogLevel.Warning, Message = "Welcome greeting: the customer lookup did not give a name ({Reason}); the plain greeting goes out. Logged once for this reason.")]
    public static partial void FallingBack(ILogger logger, string reason);

    [LoggerMessage(EventId = 421, Level = LogLevel.Debug, Message = "Welcome greeting: plain greeting ({Reason})")]
    public static partial void FellBack(ILogger logger, string reason);
}
