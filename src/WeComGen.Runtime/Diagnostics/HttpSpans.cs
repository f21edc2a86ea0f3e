using System;
using System.Diagnostics;

namespace WeComGen.Diagnostics;

/// <summary>
/// HttpClient starts a span of its own for every request sent while an activity is current, whether anyone listens
/// to it or not: it fills its tags, formats <c>url.full</c> and writes a <c>traceparent</c> header, which the server
/// then parses. While nobody listens to HttpClient's spans, a call's span steps aside for the request, so that tracing
/// WeComGen costs no HttpClient work nobody reads; whoever traces HttpClient (OpenTelemetry's
/// <c>AddHttpClientInstrumentation</c>, a listener to <c>System.Net.Http</c>) gets its spans nested under the call's.
/// </summary>
internal static class HttpSpans
{
#if NET8_0_OR_GREATER
    // Listeners choose a source by its name, so a source named as HttpClient's has listeners exactly when HttpClient's
    // has. No activity is ever started on it.
    private static readonly ActivitySource HttpClientSource = new("System.Net.Http");
#endif

    /// <summary>
    /// Makes the ambient activity of <paramref name="span"/> current again until the returned scope ends, when
    /// <paramref name="span"/> is the current activity and nobody listens to HttpClient's spans. Before .NET 8
    /// HttpClient reports through a diagnostic listener, which cannot be asked: there the span stays current.
    /// </summary>
    public static Aside StepAside(Activity? span)
    {
#if NET8_0_OR_GREATER
        if (span is not null && ReferenceEquals(Activity.Current, span) && !HttpClientSource.HasListeners())
        {
            return new Aside(span);
        }
#endif
        return default;
    }

    /// <summary>While it lasts, a call's span is not the current activity.</summary>
    public readonly struct Aside : IDisposable
    {
        private readonly Activity? _span;

        internal Aside(Activity span)
        {
            _span = span;
            Activity.Current = span.Parent;
        }

        /// <summary>Makes the call's span current again.</summary>
        public void Dispose()
        {
            if (_span is not null)
            {
                Activity.Current = _span;
            }
        }
    }
}
