using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace Dashboard.Web.Features.Allotments;

public sealed partial class KeyPage
{
    private KeyLedger? _ledger;
    private bool _loading = true;
    private List<BreadcrumbItem> _crumbs = [];

    [Inject]
    private IOptions<AllotmentsOptions> Options { get; set; } = default!;

    private int SafetyMargin => Options.Value.SafetyMarginDays;

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _ledger = await Ledgers.GetAsync(Id, CancellationToken.None);
        _crumbs =
        [
            new("Overview", "/"), new("Keys", "/keys"), new(_ledger?.Key.Label ?? $"Key {Id}", null, disabled: true),
        ];
        _loading = false;
    }

    private async Task AddCheckpointAsync()
    {
        IReadOnlyList<string> errors = [];
        while (_ledger is not null)
        {
            var parameters = new DialogParameters<CheckpointDialog>
            {
                { d => d.Allotment, _ledger.Key.Allotment },
                { d => d.Errors, errors },
            };
            var dialog = await Dialogs.ShowAsync<CheckpointDialog>("Add a checkpoint", parameters);
            if (await dialog.Result is not { Canceled: false, Data: CheckpointInput input })
            {
                return;
            }

            var result = await Checkpoints.AddAsync(
                _ledger.Key.Id, [("Checkpoint", input)], Data.CheckpointSource.Manual, CancellationToken.None);
            if (result.Saved)
            {
                Snackbar.Add(result.Added > 0 ? "Checkpoint saved." : "That checkpoint was already recorded.",
                    Severity.Success);
                await LoadAsync();
                return;
            }

            errors = result.Errors;
        }
    }

    private async Task DeleteCheckpointAsync(CheckpointRow checkpoint)
    {
        if (_ledger is null)
        {
            return;
        }

        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete this checkpoint?",
            $"{checkpoint.Remaining:N0} remaining as of {checkpoint.AsOf:yyyy-MM-dd HH:mm} UTC, entered by "
                + $"{checkpoint.EnteredBy ?? "nobody named"}. The forecast and the reconciliation are worked out "
                + "again without it; the audit log keeps what it said.",
            yesText: "Delete", cancelText: "Keep");
        if (confirmed != true)
        {
            return;
        }

        var outcome = await Checkpoints.DeleteAsync(_ledger.Key.Id, checkpoint.Id, CancellationToken.None);
        Snackbar.Add(
            outcome == CheckpointDeletion.Deleted ? "Checkpoint deleted." : "That checkpoint was already gone.",
            outcome == CheckpointDeletion.Deleted ? Severity.Success : Severity.Info);
        await LoadAsync();
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "–";

    // More activations than the allotment holds cannot all have succeeded: the allotment or a checkpoint is off.
    private string Overspent() => _ledger is { Remaining: < 0 } ledger
        ? $"; {-ledger.Remaining:N0} more activations seen than that: check the allotment and the checkpoints"
        : "";

    private string Band95() => _ledger?.Forecast is { DepletionDateLow95: { } low } f
        ? $" 95% band: {Date(low)} to {Date(f.DepletionDateHigh95)}."
        : "";

    private string? PlanText()
    {
        var plan = _ledger?.Plan;
        if (plan is null || plan.PlannedBatches == 0)
        {
            return null;
        }

        return plan.Shortfall > 0 || plan.Outstanding >= plan.Remaining
            ? $"Planned batches still need {plan.Outstanding:N0} activations, {plan.Shortfall:N0} more than are left: "
                + "the plan alone runs the key out"
                + (plan.DepletionDate is { } date ? $", around {Date(date)} at the forecast pace." : ".")
            : $"Planned batches still need {plan.Outstanding:N0} of the {plan.Remaining:N0} left: "
                + $"{plan.Remaining - plan.Outstanding:N0} spare once they are made.";
    }
}
