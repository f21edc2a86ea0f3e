namespace WeComGen.Client.Tests.Support;

/// <summary>Files a test uploads, in a directory of its own that is deleted after it.</summary>
public sealed class TempFiles : IDisposable
{
    public TempFiles() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "wecomgen-uploads-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, byte[] content)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>A file of <paramref name="length"/> bytes that starts with <paramref name="head"/> (the rest sparse zeros).</summary>
    public string WriteSized(string name, byte[] head, long length)
    {
        var path = Path.Combine(Root, name);
        using var file = File.Create(path);
        file.Write(head);
        file.SetLength(length);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>Bytes that start like a real file of each type.</summary>
public static class Signatures
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0];
    public static readonly byte[] Mp4 = [0x00, 0x00, 0x00, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'m', (byte)'p', (byte)'4', (byte)'2'];
    public static readonly byte[] Amr = "#!AMR\n"u8.ToArray();

    public static byte[] Then(this byte[] head, params byte[] rest) => [.. head, .. rest];
}
