using Dashboard.Core.Parsing;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Dashboard.Web.Features.QualityChecks;

public sealed partial class EvidencePage
{
    /// <summary>A printed pack stops here; the CSV has every device.</summary>
    public const int MaxPrintedRows = 5000;

    private BatchReadiness? _readiness;
    private List<EvidenceRow> _rows = [];
    private DateTime _generated;
    private string _shownId = "";

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Parameter]
    public string BatchId { get; set; } = "";

    public static string Url(string batchId) => $"/batches/{Uri.EscapeDataString(batchId)}/evidence";

    protected override async Task OnParametersSetAsync()
    {
        // The address may hold anything typed into it, a product key too: it is shown and linked masked.
        _shownId = ProductKeyRedactor.Mask(BatchId);
        _generated = Clock.GetUtcNow().UtcDateTime;
        _readiness = await Pack.VerdictAsync(BatchId, CancellationToken.None);
        _rows = [];
        if (_readiness is null)
        {
            return;
        }

        await foreach (var row in Pack.RowsAsync(BatchId, _readiness.SpotCheck?.Id, CancellationToken.None))
        {
            _rows.Add(row);
            if (_rows.Count >= MaxPrintedRows)
            {
                break;
            }
        }
    }

    private async Task PrintAsync() => await JS.InvokeVoidAsync("print");
}
