using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Administration;

/// <summary>The audit log, a page at a time from the server, filtered by action, actor and dates.</summary>
public sealed partial class AuditPage
{
    [Inject]
    private AuditQueries Audit { get; set; } = default!;

    private MudDataGrid<AuditEntryView>? _grid;
    private AuditFilter _filter = new();
    private DateRange? _range;
    private IReadOnlyList<string> _actionChoices = [];
    private IReadOnlyList<string> _actors = [];

    protected override async Task OnInitializedAsync()
    {
        var (actions, actors) = await Audit.ChoicesAsync(CancellationToken.None);
        _actors = actors;

        // Each family ("user", "station-key") first, then its actions, so one pick shows all of a kind.
        _actionChoices = [.. actions
            .GroupBy(action => action.Split('.')[0])
            .SelectMany(family => family.Count() > 1 ? family.Prepend(family.Key) : family)];
    }

    private static string ActionLabel(string choice) => choice.Contains('.') ? choice : $"{choice}.* (all)";

    private async Task<GridData<AuditEntryView>> LoadAsync(
        GridState<AuditEntryView> state, CancellationToken ct)
    {
        var (entries, total) = await Audit.SliceAsync(_filter, state.Page * state.PageSize, state.PageSize, ct);

        return new GridData<AuditEntryView> { Items = entries, TotalItems = total };
    }

    private Task SetActionAsync(string? action) => FilterAsync(_filter with { Action = action });

    private Task SetActorAsync(string? actor) => FilterAsync(_filter with { Actor = actor });

    private Task SetRangeAsync(DateRange? range)
    {
        _range = range;

        // The picker gives days; the last day counts whole, so the range ends at the next midnight.
        return FilterAsync(_filter with
        {
            From = range?.Start is { } start ? DateTime.SpecifyKind(start.Date, DateTimeKind.Utc) : null,
            To = range?.End is { } end ? DateTime.SpecifyKind(end.Date.AddDays(1), DateTimeKind.Utc) : null,
        });
    }

    private Task FilterAsync(AuditFilter filter)
    {
        _filter = filter;

        return _grid?.ReloadServerData() ?? Task.CompletedTask;
    }

    private string ExportLink
    {
        get
        {
            var query = new Dictionary<string, string?>
            {
                ["action"] = _filter.Action,
                ["actor"] = _filter.Actor,
                ["from"] = _filter.From?.ToString("yyyy-MM-dd"),
                ["to"] = _filter.To?.ToString("yyyy-MM-dd"),
            };

            return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
                "/api/v1/audit.csv", query.Where(pair => pair.Value is not null));
        }
    }
}
