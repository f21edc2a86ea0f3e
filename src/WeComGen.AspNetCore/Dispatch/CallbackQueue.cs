using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace WeComGen.AspNetCore;

/// <summary>The bounded queue between the endpoint, which must answer WeCom at once, and the handlers.</summary>
internal sealed class CallbackQueue(IOptions<WeComCallbackOptions> options)
{
    private readonly Channel<CallbackWorkItem> _channel = Channel.CreateBounded<CallbackWorkItem>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>How many callbacks the queue holds at most.</summary>
    public int Capacity { get; } = options.Value.QueueCapacity;

    /// <summary>How many callbacks wait now.</summary>
    public int Count => _channel.Reader.Count;

    /// <summary>Queues <paramref name="item"/>; <see langword="false"/> when the queue is full.</summary>
    public bool TryEnqueue(CallbackWorkItem item) => _channel.Writer.TryWrite(item);

    public ChannelReader<CallbackWorkItem> Reader => _channel.Reader;
}
