namespace Dashboard.Web.Features.Live;

/// <summary>
/// Tells open pages and walls that a batch's settings changed (planned, renamed, given a plan or an
/// expected key), so they show the new figures without waiting for the batch's next report.
/// </summary>
public interface IBatchAnnouncer
{
    void AnnounceBatch(string batchId);
}

/// <summary>This instance's pages only: what a host without hub clients or other instances needs.</summary>
internal sealed class LocalBatchAnnouncer(ActivationNotifier notifier) : IBatchAnnouncer
{
    public void AnnounceBatch(string batchId) => notifier.Publish(ActivationChange.ForBatch(batchId));
}
