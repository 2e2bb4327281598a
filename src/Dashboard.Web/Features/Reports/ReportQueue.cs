using System.Threading.Channels;

namespace Dashboard.Web.Features.Reports;

/// <summary>The bounded hand-over between callers and the single writer.</summary>
/// <remarks>Bounded so a flood of uploads slows callers down instead of filling memory.</remarks>
internal sealed class ReportQueue
{
    private readonly Channel<PendingReport> _channel = Channel.CreateBounded<PendingReport>(
        new BoundedChannelOptions(4096) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<PendingReport> Reader => _channel.Reader;

    public ValueTask EnqueueAsync(PendingReport pending, CancellationToken cancellationToken) =>
        _channel.Writer.WriteAsync(pending, cancellationToken);
}
