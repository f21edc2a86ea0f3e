namespace WeComGen.Extensions.DependencyInjection;

/// <summary>Thresholds of the checks <c>AddWeComHealthChecks()</c> adds.</summary>
public sealed class WeComHealthCheckOptions
{
    /// <summary>
    /// How full a callback queue may be, as a fraction of its capacity, before its check says Degraded (0.8 by
    /// default): past it WeCom may soon be answered 503 (and retry), and welcome codes wait longer for a handler.
    /// </summary>
    public double QueueDegradedFill { get; set; } = 0.8;
}
