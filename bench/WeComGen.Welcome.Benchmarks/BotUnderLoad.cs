using System;
using System.Threading.Tasks;

namespace WeComGen.Welcome.Benchmarks;

/// <summary>What the bot counted between <see cref="IBotUnderLoad.MarkAsync"/> and <see cref="IBotUnderLoad.CountAsync"/>.</summary>
/// <param name="Uploads">All uploads of its welcome assets.</param>
/// <param name="SendUploads">Uploads a send waited for (a 40007 answer, an asset not yet uploaded).</param>
/// <param name="Process">What its process spent; in-process, the emulator's and the load's share is in it too.</param>
internal sealed record BotCounts(int Uploads, int SendUploads, ProcessCounts Process);

/// <summary>The welcome bot the load is put on, started and answering callbacks at <see cref="CallbackUrl"/>.</summary>
internal interface IBotUnderLoad : IAsyncDisposable
{
    Uri CallbackUrl { get; }

    /// <summary>Whose work <see cref="BotCounts.Process"/> counts.</summary>
    string Counted { get; }

    /// <summary>Uploads made while it started.</summary>
    int StartUploads { get; }

    /// <summary>Starts counting.</summary>
    Task MarkAsync();

    /// <summary>What it counted since <see cref="MarkAsync"/>.</summary>
    Task<BotCounts> CountAsync();
}
