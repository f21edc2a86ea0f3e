namespace WeComGen.Client.Tests.Simulation;

/// <summary>
/// An in-memory stream that cannot seek (a pipe's or a socket's, for the client), whose reads complete at once on the
/// caller's thread, as the simulation needs to replay exactly.
/// </summary>
public sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content, writable: false)
{
    public override bool CanSeek => false;
}
