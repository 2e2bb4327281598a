using Dashboard.Core.Parsing;
using Dashboard.Web.Features.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Dashboard.Web.Features.QualityChecks;

public sealed partial class SpotCheckPage
{
    private bool _loading = true;
    private SpotCheckView? _check;
    private IReadOnlyDictionary<string, SampledDevice> _devices = new Dictionary<string, SampledDevice>();
    private SpotCheckItemView? _selected;
    private string? _checker;
    private string? _search;
    private string? _searchError;
    private string _shownId = "";
    private bool _batchExists;

    [Inject]
    private ReadinessService Readiness { get; set; } = default!;

    [Inject]
    private SpotCheckQueries Queries { get; set; } = default!;

    [Inject]
    private Batches.BatchQueries Batches { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        // The address may hold anything typed into it, a product key too: it is shown and linked masked.
        _shownId = ProductKeyRedactor.Mask(BatchId);
        _batchExists = false;
        await LoadAsync();
        _loading = false;
    }

    protected override bool IsAffectedBy(ActivationChange change) => change.TouchesBatch(BatchId);

    protected override Task RefreshAsync(ActivationChange change) => LoadAsync();

    private async Task LoadAsync()
    {
        // A batch, once there, stays: only a page still waiting for it asks again on a live change.
        _batchExists = _batchExists || await Batches.GetAsync(BatchId, CancellationToken.None) is not null;
        var latest = await Readiness.LatestAsync(BatchId, CancellationToken.None);
        _check = latest is null ? null : SpotCheckView.From(latest);
        _devices = _check is null ? _devices : await Queries.DevicesAsync(_check.Id, CancellationToken.None);

        _selected = _selected is null ? null : _check?.Items.FirstOrDefault(i => i.Serial == _selected.Serial);
    }

    private async Task OnStartedAsync()
    {
        await LoadAsync();
    }

    private void Select(string serial)
    {
        _selected = _check?.Items.FirstOrDefault(i => i.Serial == serial);
    }

    private Task OnSearchKeyAsync(KeyboardEventArgs args)
    {
        if (args.Key is not ("Enter" or "NumpadEnter") || string.IsNullOrWhiteSpace(_search))
        {
            return Task.CompletedTask;
        }

        var typed = _search.Trim();
        _selected = _check?.Items.FirstOrDefault(
            i => string.Equals(i.Serial, typed, StringComparison.OrdinalIgnoreCase));
        _searchError = _selected is null ? $"'{ProductKeyRedactor.Mask(typed)}' is not in this sample." : null;
        _search = _selected is null ? _search : "";

        return Task.CompletedTask;
    }

    private async Task OnRecordedAsync(SpotCheckView check)
    {
        _check = check;
        var next = check.Items.FirstOrDefault(i => i.Result == Data.SpotCheckResult.Pending);

        _selected = next;
        await Task.CompletedTask;
    }
}
