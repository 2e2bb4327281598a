using Dashboard.Web.Features.Live;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Features.QualityChecks;

public sealed partial class ReadinessCard
{
    private BatchReadiness? _readiness;
    private string? _waiverReason;
    private string? _error;

    [Inject]
    private ReadinessService Readiness { get; set; } = default!;

    [Parameter, EditorRequired]
    public string BatchId { get; set; } = "";

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    protected override bool IsAffectedBy(ActivationChange change) => change.TouchesBatch(BatchId);

    protected override Task RefreshAsync(ActivationChange change) => LoadAsync();

    private async Task LoadAsync() => _readiness = await Readiness.GetAsync(BatchId, CancellationToken.None);

    private async Task WaiveAsync()
    {
        var outcome = await Readiness.WaiveAsync(BatchId, new(null, _waiverReason), CancellationToken.None);
        _error = outcome.Error;

        _readiness = outcome.Value ?? _readiness;
    }
}
