namespace Dashboard.Web.Features.Live;

/// <summary>Carries this instance's changes to the pages of other app instances.</summary>
public interface IChangeRelay
{
    Task PublishAsync(ActivationChange change, CancellationToken ct);
}
