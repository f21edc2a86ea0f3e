using System.Globalization;
using WeComGen.Assets;

namespace WeComGen.Welcome.Benchmarks;

/// <summary>Counts a bot's uploads and its process's work from a mark on.</summary>
internal sealed class BotCounter(WelcomeAssets assets)
{
    private BotCounts _mark = new(0, 0, default);

    public void Mark() => _mark = Now();

    public BotCounts Count()
    {
        var now = Now();
        return new BotCounts(now.Uploads - _mark.Uploads, now.SendUploads - _mark.SendUploads, now.Process - _mark.Process);
    }

    /// <summary><paramref name="counts"/> as one line, for another process to read with <see cref="TryParse"/>.</summary>
    public static string ToLine(BotCounts counts) =>
        $"{counts.Uploads.ToString(CultureInfo.InvariantCulture)} {counts.SendUploads.ToString(CultureInfo.InvariantCulture)} {counts.Process.ToLine()}";

    public static bool TryParse(string line, out BotCounts counts)
    {
        counts = null!;
        var parts = line.Split(' ', 3);
        if (parts.Length != 3 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var uploads)
            || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var sendUploads) || !ProcessCounts.TryParse(parts[2], out var process))
        {
            return false;
        }

        counts = new BotCounts(uploads, sendUploads, process);
        return true;
    }

    private BotCounts Now() => new(assets.UploadCount, assets.SendUploadCount, ProcessCounts.Now());
}
