using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using Xunit.Sdk;

namespace WeComGen.Emulator.Tests.Support;

/// <summary>
/// A page kept open in headless Chromium, driven over the DevTools protocol: the test changes the emulator while
/// the page is open and reads what the page shows, in real time (no virtual time), as a person watching it would.
/// </summary>
internal sealed class ChromiumPage : IAsyncDisposable
{
    /// <summary>The longest the browser may take to start, or a page to show what a test waits for.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _browser;
    private readonly DirectoryInfo _profile;
    private readonly ClientWebSocket _socket;
    private int _nextId;

    private ChromiumPage(Process browser, DirectoryInfo profile, ClientWebSocket socket)
    {
        _browser = browser;
        _profile = profile;
        _socket = socket;
    }

    public static async Task<ChromiumPage> OpenAsync(Uri page)
    {
        Chromium.EnsureInstalled();
        var profile = Directory.CreateTempSubdirectory("wecomgen-chromium-");
        var start = new ProcessStartInfo(Chromium.Executable) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--disable-background-networking",
            "--user-data-dir=" + profile.FullName, "--remote-debugging-port=0", "--window-size=1200,1400", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var browser = Process.Start(start) ?? throw new XunitException($"{Chromium.Executable} did not start.");
        _ = browser.StandardError.ReadToEndAsync();
        _ = browser.StandardOutput.ReadToEndAsync();
        try
        {
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(await PageSocketAsync(profile), CancellationToken.None);
            var opened = new ChromiumPage(browser, profile, socket);
            await opened.SendAsync("Page.navigate", new { url = page.AbsoluteUri });
            return opened;
        }
        catch
        {
            browser.Kill(entireProcessTree: true);
            profile.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page; its value as JSON.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var answer = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        var result = answer.GetProperty("result");
        return result.TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>Waits until <paramref name="expression"/> is true in the page; fails the test with <paramref name="what"/> when it never is.</summary>
    public async Task WaitUntilAsync(string expression, string what)
    {
        var patience = Stopwatch.StartNew();
        while (patience.Elapsed < Patience)
        {
            if (await EvaluateAsync(expression) is { ValueKind: JsonValueKind.True })
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new XunitException($"The page never showed {what} within {Patience.TotalSeconds:0} s.");
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _browser.Kill(entireProcessTree: true);
        await _browser.WaitForExitAsync();
        _browser.Dispose();
        _profile.Delete(recursive: true);
    }

    /// <summary>The DevTools socket of the browser's page, once the browser has written its port.</summary>
    private static async Task<Uri> PageSocketAsync(DirectoryInfo profile)
    {
        var portFile = Path.Combine(profile.FullName, "DevToolsActivePort");
        var patience = Stopwatch.StartNew();
        while (patience.Elapsed < Patience)
        {
            if (File.Exists(portFile) && (await File.ReadAllLinesAsync(portFile)) is [var port, ..] && port.Length > 0)
            {
                using var http = new HttpClient();
                var targets = await http.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{port}/json/list");
                var page = targets.EnumerateArray().First(target => target.GetProperty("type").GetString() == "page");
                return new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!);
            }

            await Task.Delay(100);
        }

        throw new XunitException($"Chromium opened no DevTools port within {Patience.TotalSeconds:0} s.");
    }

    private async Task<JsonElement> SendAsync(string method, object parameters)
    {
        var id = ++_nextId;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters });
        using var patience = new CancellationTokenSource(Patience);
        await _socket.SendAsync(message, WebSocketMessageType.Text, true, patience.Token);
        while (true)
        {
            using var answer = JsonDocument.Parse(await ReceiveAsync(patience.Token));
            if (answer.RootElement.TryGetProperty("id", out var answered) && answered.GetInt32() == id)
            {
                return answer.RootElement.TryGetProperty("error", out var error)
                    ? throw new XunitException($"DevTools {method} failed: {error}")
                    : answer.RootElement.GetProperty("result").Clone();
            }
        }
    }

    private async Task<byte[]> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[16384];
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);
        return message.ToArray();
    }
}
