using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace WeComGen.Callbacks.Tests.AspNetCore;

/// <summary>
/// A request whose body never arrives in full, on a real Kestrel on loopback: a warning naming why, a sensible
/// answer when someone is still listening, and nothing the server would log as an unhandled exception.
/// </summary>
public class IncompleteBodyTests
{
    [Fact]
    public async Task A_body_that_stalls_is_answered_408_and_logged_as_a_warning_not_an_error()
    {
        await using var app = await CallbackApp.StartAsync(options => options.BodyTimeout = TimeSpan.FromSeconds(5), onLoopback: true);
        using var socket = await ConnectAsync(app);
        await SendHeadersAndPartOfTheBodyAsync(socket, app);

        var response = ReadResponseAsync(socket);
        // The body timeout runs on the app's fake clock: move it on until the endpoint gives up waiting.
        using var realTimeLimit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!response.IsCompleted && !realTimeLimit.IsCancellationRequested)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(response, Task.Delay(20));
        }

        Assert.StartsWith("HTTP/1.1 408", await response);
        Assert.Contains("invalid callback: IncompleteBody", await response);
        socket.Close();
        await app.StopAsync();
        var warning = Assert.Single(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("did not arrive within 5 s", warning.Message);
        AssertNothingLoggedAsAnError(app.Logs);
    }

    [Fact]
    public async Task A_connection_aborted_in_the_middle_of_the_body_is_logged_as_a_warning_not_an_error()
    {
        await using var app = await CallbackApp.StartAsync(onLoopback: true);
        using (var socket = await ConnectAsync(app))
        {
            await SendHeadersAndPartOfTheBodyAsync(socket, app);
            // Once the endpoint has the request (a reset before that would only be the server's business), reset
            // the connection, as a client that gives up does.
            await WaitUntilAsync(() => app.Logs.GetSnapshot().Any(r => r.Message.StartsWith("Executing endpoint", StringComparison.Ordinal)));
            socket.Close(0);
        }

        await WaitUntilAsync(() => app.Logs.GetSnapshot().Any(r => r.Level >= LogLevel.Warning));
        await app.StopAsync();

        var warning = Assert.Single(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("IncompleteBody", warning.Message);
        AssertNothingLoggedAsAnError(app.Logs);
    }

    private static async Task<Socket> ConnectAsync(CallbackApp app)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(app.Address.Host, app.Address.Port);
        return socket;
    }

    /// <summary>A genuine callback's headers, announcing its whole length, and only its first 20 bytes.</summary>
    private static async Task SendHeadersAndPartOfTheBodyAsync(Socket socket, CallbackApp app)
    {
        var request = app.WeCom.Post(app.AddedContact("code"));
        var body = Encoding.UTF8.GetBytes(request.Body!);
        var head = $"POST {request.PathAndQuery(CallbackApp.Path)} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/xml\r\nContent-Length: {body.Length}\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(head));
        await socket.SendAsync(body.AsMemory(0, 20));
    }

    private static async Task<string> ReadResponseAsync(Socket socket)
    {
        var buffer = new byte[4096];
        var text = new StringBuilder();
        int read;
        while ((read = await socket.ReceiveAsync(buffer)) > 0)
        {
            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
            if (text.ToString().Contains("invalid callback: "))
            {
                break;
            }
        }

        return text.ToString();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var realTimeLimit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition() && !realTimeLimit.IsCancellationRequested)
        {
            await Task.Delay(20);
        }
    }

    private static void AssertNothingLoggedAsAnError(FakeLogCollector logs) =>
        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Level >= LogLevel.Error);
}
