using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace WeComGen.Client;

/// <summary>
/// The one place requests go out and answers come back, for the endpoints and for <c>gettoken</c>.
/// Server and network trouble becomes an <see cref="Exchange{T}"/>, never an exception; exception text is
/// dropped because it may quote the request URI, which carries the access token or the corp secret.
/// </summary>
internal static class WeComHttp
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>The base address as a prefix that a path starting with <c>/</c> can follow (a proxy's path prefix is kept).</summary>
    public static string Prefix(Uri baseAddress) => baseAddress.AbsoluteUri.TrimEnd('/');

    /// <summary>A JSON body (<c>application/json; charset=utf-8</c>).</summary>
    public static HttpContent JsonBody(byte[] json) => new ByteArrayContent(json) { Headers = { ContentType = Json } };

    /// <summary>A request with <paramref name="content"/> as its body, or none (a <c>GET</c>: no body, no Content-Type).</summary>
    public static HttpRequestMessage Request(HttpMethod method, Uri uri, HttpContent? content) => new(method, uri) { Content = content };

    /// <summary>
    /// One attempt: cut short when <paramref name="timeout"/> runs out on <paramref name="time"/> (a timeout
    /// problem) or when <paramref name="cancellationToken"/> fires (thrown). The wait ends then even when a handler
    /// in the pipeline ignores its cancellation, so a caller's deadline never depends on the handlers honouring it.
    /// </summary>
    public static async Task<Exchange<T>> SendAsync<T>(
        HttpClient http,
        HttpRequestMessage request,
        JsonTypeInfo<T> answerType,
        TimeSpan timeout,
        TimeProvider time,
        CancellationToken cancellationToken)
        where T : class
    {
        using var attempt = new TimedCancellation(time, timeout, cancellationToken);
        try
        {
            // Answers are a few dozen bytes: buffering them takes the same path as any HttpClient call, and the
            // attempt's timeout covers the body as well as the headers.
            using var response = await TaskCompat.WaitAsync(http.SendAsync(request, HttpCompletionOption.ResponseContentRead, attempt.Token), attempt.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                return Exchange<T>.Failed(ProblemOf(status), status);
            }

            var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var answer = JsonSerializer.Deserialize(body, answerType);
            return answer is null ? Exchange<T>.Failed(TransportProblem.MalformedResponse, status) : Exchange<T>.Answered(answer, status);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The attempt's own timeout, or HttpClient.Timeout: either way the server did not answer in time.
            return Exchange<T>.Failed(TransportProblem.Timeout);
        }
        catch (HttpRequestException)
        {
            return Exchange<T>.Failed(TransportProblem.ConnectionFailed);
        }
        catch (IOException)
        {
            return Exchange<T>.Failed(TransportProblem.ConnectionFailed);
        }
        catch (JsonException)
        {
            return Exchange<T>.Failed(TransportProblem.MalformedResponse);
        }
        finally
        {
            request.Dispose();
        }
    }

    private static TransportProblem ProblemOf(int status) => status switch
    {
        429 => TransportProblem.TooManyRequests,
        408 or >= 500 => TransportProblem.ServerError,
        _ => TransportProblem.UnexpectedStatus,
    };
}
