using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Features.Batches;

public sealed partial class EmptyStateImport
{
    /// <summary>Called after an import with what it did, so the page can show what arrived.</summary>
    [Parameter]
    public EventCallback<SampleImportResult> Imported { get; set; }

    private bool _importing;
    private string? _error;

    private async Task ImportAsync()
    {
        _importing = true;
        _error = null;
        try
        {
            var result = await Importer.ImportAsync(CancellationToken.None);
            await Imported.InvokeAsync(result);
        }
        catch (IOException exception)
        {
            _error = $"The samples could not be read: {exception.Message}";
        }
        finally
        {
            _importing = false;
        }
    }
}
