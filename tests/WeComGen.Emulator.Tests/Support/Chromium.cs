using System.Diagnostics;
using Xunit.Sdk;

namespace WeComGen.Emulator.Tests.Support;

/// <summary>
/// Debian's Chromium, headless, as a person's browser: it loads a page, runs its scripts (with virtual time, so the
/// page's polling has run before it answers) and gives back the DOM or a screenshot.
/// </summary>
internal static class Chromium
{
    internal const string Executable = "/usr/bin/chromium";

    /// <summary>The longest a run may take before it is stopped and the test fails.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>The page's DOM as serialized HTML once its scripts have run.</summary>
    public static Task<string> DumpDomAsync(Uri page) => RunAsync("--dump-dom", page.AbsoluteUri);

    /// <summary>Saves a PNG of the page, <paramref name="width"/> by <paramref name="height"/> CSS pixels, to <paramref name="file"/>.</summary>
    public static Task ScreenshotAsync(Uri page, string file, int width, int height) =>
        RunAsync("--screenshot=" + file, $"--window-size={width},{height}", "--hide-scrollbars", page.AbsoluteUri);

    /// <summary>Fails the test, saying how to install Chromium, when it is missing.</summary>
    internal static void EnsureInstalled()
    {
        if (!File.Exists(Executable))
        {
            throw new XunitException($"Chromium is not installed at {Executable}: these tests look at the inbox page in a real browser. Install it with `apt-get install -y chromium` (eng/test.sh does so when it runs as root).");
        }
    }

    private static async Task<string> RunAsync(params string[] arguments)
    {
        EnsureInstalled();

        var profile = Directory.CreateTempSubdirectory("wecomgen-chromium-");
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--user-data-dir=" + profile.FullName, "--virtual-time-budget=5000",
        }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var browser = Process.Start(start) ?? throw new XunitException($"{Executable} did not start.");
            var output = browser.StandardOutput.ReadToEndAsync();
            var errors = browser.StandardError.ReadToEndAsync();
            using var patience = new CancellationTokenSource(Patience);
            try
            {
                await browser.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                browser.Kill(entireProcessTree: true);
                throw new XunitException($"Chromium did not finish within {Patience.TotalSeconds:0} s: {Tail(await errors)}");
            }

            return browser.ExitCode == 0
                ? await output
                : throw new XunitException($"Chromium could not run (exit code {browser.ExitCode}): {Tail(await errors)}");
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];
}
