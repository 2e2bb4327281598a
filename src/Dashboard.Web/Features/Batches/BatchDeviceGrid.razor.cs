using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Batches;

/// <summary>
/// A batch's devices, paged by key. The grid remembers the last row of every page it has shown, so
/// "next" continues after that row and "previous" returns to the row before, and no page is ever
/// found by skipping rows: a batch of a million devices pages as fast at the end as at the start.
/// The price is that pages are walked in order, not jumped to by number.
/// </summary>
public sealed partial class BatchDeviceGrid
{
    /// <summary>The batch whose devices are listed; its summaries give the totals.</summary>
    [Parameter, EditorRequired]
    public BatchSummary Batch { get; set; } = default!;

    private static readonly (DeviceSortColumn Column, string Title)[] s_columns =
    [
        (DeviceSortColumn.Serial, "Serial"),
        (DeviceSortColumn.State, "State"),
        (DeviceSortColumn.Edition, "Edition"),
        (DeviceSortColumn.Channel, "Channel"),
        (DeviceSortColumn.PartialProductKey, "Partial key"),
        (DeviceSortColumn.LastCapturedAt, "Last report (UTC)"),
    ];

    private MudTable<DeviceRow>? _table;
    private BatchSummary? _shownBatch;
    private DeviceFilter _filter = new();
    private DeviceSort _sort = DeviceSort.Default;
    private int _pageSize = 50;
    private int _pageIndex;
    private bool _hasMore;
    private int _shown;

    // _lastRows[i] is the last row of page i: the key page i + 1 starts after.
    private readonly List<DeviceRow> _lastRows = [];

    // A new summary for the same batch means reports arrived: show the current page again, fresh.
    protected override async Task OnParametersSetAsync()
    {
        var refreshed = _shownBatch is not null && !ReferenceEquals(_shownBatch, Batch);
        if (_shownBatch is not null && _shownBatch.Id != Batch.Id)
        {
            ResetPaging();
        }

        _shownBatch = Batch;
        if (refreshed)
        {
            await ReloadAsync();
        }
    }

    private async Task<TableData<DeviceRow>> LoadAsync(TableState state, CancellationToken ct)
    {
        var sort = ToSort(state);
        if (sort != _sort)
        {
            _sort = sort;
            ResetPaging();
        }

        var after = _pageIndex == 0 ? null : _lastRows[_pageIndex - 1];
        var page = await Devices.PageAsync(Batch.Id, _filter, _sort, after, _pageSize, ct);
        Remember(page);

        return new TableData<DeviceRow> { Items = page.Rows, TotalItems = page.Rows.Count };
    }

    private void Remember(DeviceRowPage page)
    {
        _hasMore = page.HasMore;
        _shown = page.Rows.Count;
        if (page.Rows.Count > 0)
        {
            _lastRows.RemoveRange(_pageIndex, _lastRows.Count - _pageIndex);
            _lastRows.Add(page.Rows[^1]);
        }
    }

    private static SortDirection InitialDirection(DeviceSortColumn column) =>
        column == DeviceSort.Default.Column ? SortDirection.Ascending : SortDirection.None;

    private static DeviceSort ToSort(TableState state)
    {
        var column = Enum.TryParse<DeviceSortColumn>(state.SortLabel, out var parsed)
            ? parsed
            : DeviceSort.Default.Column;

        return new DeviceSort(column, state.SortDirection == SortDirection.Descending);
    }

    private void ResetPaging()
    {
        _pageIndex = 0;
        _lastRows.Clear();
    }

    private Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private Task SetFilterAsync(DeviceFilter filter)
    {
        _filter = filter;
        ResetPaging();

        return ReloadAsync();
    }

    private Task SetPageSizeAsync(int size)
    {
        _pageSize = size;
        ResetPaging();

        return ReloadAsync();
    }

    private Task FirstAsync()
    {
        ResetPaging();

        return ReloadAsync();
    }

    private Task PreviousAsync()
    {
        _pageIndex = Math.Max(0, _pageIndex - 1);

        return ReloadAsync();
    }

    private Task NextAsync()
    {
        _pageIndex++;

        return ReloadAsync();
    }

    private string RangeText()
    {
        var first = (_pageIndex * _pageSize) + 1;
        var range = _shown == 0 ? "No rows" : $"Rows {first:N0}–{first + _shown - 1:N0}";
        var total = KnownTotal();

        return total is { } count ? $"{range} of {count:N0}" : range;
    }

    // Totals come from the batch's kept-current counts; other filters would need a count over the devices.
    private int? KnownTotal() => _filter.CountableFromSummaries
        ? _filter.State is { } state ? Batch.States.GetValueOrDefault(state) : Batch.DeviceCount
        : null;
}
