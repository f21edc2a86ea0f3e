using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using WeComGen.Endpoints;

namespace WeComGen.Uploads;

/// <summary>
/// A file part that passed its rule's checks, ready to be read once per attempt: a path is opened again, a seekable
/// stream rewound to where it was, an unseekable one continued after the bytes the check read (kept in
/// <see cref="Prefix"/>) for as long as nothing more was read from it.
/// </summary>
internal sealed class PreparedFile
{
    private const int NoBuffer = 1; // the upload reads in large blocks of its own; a FileStream buffer would copy twice

    private readonly long _start;
    private int _read;

    public PreparedFile(string partName, string member, WeComFile file, FileRule? rule, long? length, long start, byte[] prefix)
    {
        PartName = partName;
        Member = member;
        File = file;
        Rule = rule;
        Length = length;
        _start = start;
        Prefix = prefix;
    }

    /// <summary>The part's name on the wire.</summary>
    public string PartName { get; }

    /// <summary>The member's path as violations report it (<c>$.media</c>).</summary>
    public string Member { get; }

    public WeComFile File { get; }

    public FileRule? Rule { get; }

    /// <summary>The file's size in bytes, or <see langword="null"/> for a stream that cannot tell it (counted while sent).</summary>
    public long? Length { get; }

    /// <summary>The file's first bytes, as the check read them to recognise its content; empty when its rule names no content type.</summary>
    public byte[] Head { get; init; } = [];

    /// <summary>The bytes the check took from an unseekable stream, sent before the rest of it; empty otherwise.</summary>
    public byte[] Prefix { get; }

    /// <summary>Whether the file can be sent (again): always, unless it is an unseekable stream already read past its prefix.</summary>
    public bool CanSend => File.Content is not { CanSeek: false } || Volatile.Read(ref _read) == 0;

    /// <summary>The largest number of bytes a send may carry: the checked size, else the rule's limit.</summary>
    public long Limit => Length ?? Rule?.MaxBytes ?? long.MaxValue;

    /// <summary>Opens the file for one attempt, at the start of its content; <see cref="IOException"/> and kin when it cannot be.</summary>
    public OpenedFile Open()
    {
        if (File.Path is { } path)
        {
            return new OpenedFile(OpenPath(path), owned: true);
        }

        var content = File.Content!;
        if (content.CanSeek)
        {
            content.Position = _start;
        }

        return new OpenedFile(content, owned: false);
    }

    /// <summary>Reads from the opened file, noting the first read from an unseekable stream (it cannot be sent again after).</summary>
    public ValueTask<int> ReadAsync(OpenedFile opened, byte[] buffer, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _read, 1);
#if NET8_0_OR_GREATER
        return opened.Stream.ReadAsync(buffer.AsMemory(), cancellationToken);
#else
        return new ValueTask<int>(opened.Stream.ReadAsync(buffer, 0, buffer.Length, cancellationToken));
#endif
    }

    /// <summary>Opens a file for streamed reading, shared with other readers.</summary>
    public static FileStream OpenPath(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, NoBuffer, FileOptions.SequentialScan | FileOptions.Asynchronous);
}

/// <summary>A file opened for one attempt; disposing it closes a file the client opened, never a caller's stream.</summary>
internal readonly struct OpenedFile(Stream stream, bool owned) : IDisposable
{
    public Stream Stream { get; } = stream;

    public void Dispose()
    {
        if (owned)
        {
            Stream.Dispose();
        }
    }
}
