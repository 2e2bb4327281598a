using Dashboard.Core.Parsing;
using Dashboard.Web.Api.Contracts;
using Dashboard.Web.Features.Keys;
using Dashboard.Web.Features.Triage;
using Dashboard.Web.Features.Live;
using MudBlazor;

namespace Dashboard.Web.Features.Batches;

public sealed partial class BatchPage
{
    private BatchSummary? _batch;
    private bool _loading = true;
    private int _repeats;
    private IReadOnlyList<FailureCause> _causes = [];
    private KeyResponse? _expectedKey;

    private string ExpectedKeyText =>
        _expectedKey is null ? "none" : $"{_expectedKey.Label} (…{_expectedKey.PartialProductKey})";
    private List<BreadcrumbItem> _crumbs = [];
    private string _shownId = "";

    protected override async Task OnParametersSetAsync()
    {
        // The address may hold anything typed into it, a product key too; only a stored batch id is safe.
        _loading = true;
        _shownId = ProductKeyRedactor.Mask(BatchId);
        _crumbs = [new("Overview", "/"), new(_shownId, null, disabled: true)];

        await LoadAsync();
    }

    protected override bool IsAffectedBy(ActivationChange change) => change.TouchesBatch(BatchId);

    protected override Task RefreshAsync(ActivationChange change) => LoadAsync();

    private async Task LoadAsync()
    {
        _batch = await Batches.GetAsync(BatchId, CancellationToken.None);
        _repeats = _batch is null ? 0 : await Batches.RepeatActivatedAsync(BatchId, CancellationToken.None);
        _causes = (await Causes.ByBatchAsync(BatchId, CancellationToken.None)).GetValueOrDefault(BatchId) ?? [];
        _expectedKey = _batch?.ExpectedKeyId is { } keyId ? await Keys.GetAsync(keyId, CancellationToken.None) : null;
        _loading = false;
    }

    private async Task EditAsync()
    {
        if (_batch is null)
        {
            return;
        }

        var keys = await Keys.ListAsync(CancellationToken.None);
        var parameters = new DialogParameters<BatchEditDialog> { { d => d.Batch, _batch }, { d => d.Keys, keys } };
        var dialog = await Dialogs.ShowAsync<BatchEditDialog>($"Edit batch {_batch.Id}", parameters);
        var result = await dialog.Result;
        if (result is not { Canceled: false, Data: BatchEdit edit })
        {
            return;
        }

        var update = new BatchUpdate(edit.Name, edit.PlannedQuantity, edit.Notes, edit.ExpectedKeyId);
        var saved = await Settings.UpdateAsync(_batch.Id, update, replace: true, CancellationToken.None);
        Snackbar.Add(Outcome(saved), saved.Batch is null ? Severity.Error : Severity.Success);

        await LoadAsync();
    }

    private static string Outcome(BatchSettingsResult result) => result switch
    {
        { NotFound: true } => "The batch no longer exists.",
        { Batch: not null } => "Batch details saved.",
        _ => "Not saved: " + result.ProblemsText(),
    };
}
