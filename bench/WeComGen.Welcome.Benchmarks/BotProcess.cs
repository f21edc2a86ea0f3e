using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace WeComGen.Welcome.Benchmarks;

/// <summary>
/// The bot in a process of its own (this program with <c>bot</c> and the emulator's settings), as a deployed bot is:
/// its own garbage collector and its own processor time, counted apart from the emulator's. Its output is read all the
/// time, so that its log never blocks it; lines that are not answers to <see cref="BotHost"/>'s commands are shown.
/// </summary>
internal sealed class BotProcess : IBotUnderLoad
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly Channel<string> _answers = Channel.CreateUnbounded<string>();
    private readonly Task _reading;

    private BotProcess(Process process)
    {
        _process = process;
        _reading = Task.Run(ReadOutputAsync);
    }

    public Uri CallbackUrl { get; private set; } = null!;

    public string Counted => "the bot's process";

    public int StartUploads { get; private set; }

    public static async Task<BotProcess> StartAsync(EmulatorSettings settings)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BotProcess).Assembly.Location);
        }

        start.ArgumentList.Add("bot");
        foreach (var argument in settings.Arguments())
        {
            start.ArgumentList.Add(argument);
        }

        var bot = new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("The bot's process did not start."));
        var ready = (await bot.AnswerAsync(BotHost.Ready)).Split(' ', 2);
        bot.StartUploads = int.Parse(ready[0], System.Globalization.CultureInfo.InvariantCulture);
        bot.CallbackUrl = new Uri(ready[1]);
        return bot;
    }

    public async Task MarkAsync()
    {
        await _process.StandardInput.WriteLineAsync(BotHost.Mark);
        await AnswerAsync(BotHost.Marked);
    }

    public async Task<BotCounts> CountAsync()
    {
        await _process.StandardInput.WriteLineAsync(BotHost.Count);
        var line = await AnswerAsync(BotHost.Counted);
        return BotCounter.TryParse(line, out var counts) ? counts : throw new InvalidDataException($"The bot counted \"{line}\".");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _process.StandardInput.WriteLineAsync(BotHost.Stop);
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(AnswerTimeout);
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception) when (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true); // ours: started above, stopped by its handle
        }

        await _reading;
        _process.Dispose();
    }

    /// <summary>The rest of the next answer line that starts with <paramref name="prefix"/>.</summary>
    private async Task<string> AnswerAsync(string prefix)
    {
        using var timeout = new CancellationTokenSource(AnswerTimeout);
        while (await _answers.Reader.WaitToReadAsync(timeout.Token))
        {
            if (_answers.Reader.TryRead(out var line) && line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line[prefix.Length..];
            }
        }

        throw new InvalidOperationException($"The bot's process ended (exit code {_process.ExitCode}) before it answered \"{prefix.Trim()}\".");
    }

    private async Task ReadOutputAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(BotHost.Ready, StringComparison.Ordinal) || line == BotHost.Marked || line.StartsWith(BotHost.Counted, StringComparison.Ordinal))
            {
                _answers.Writer.TryWrite(line);
            }
            else
            {
                Console.WriteLine($"  bot: {line}");
            }
        }

        _answers.Writer.TryComplete();
    }
}
