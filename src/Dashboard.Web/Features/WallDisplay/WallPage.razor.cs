using Dashboard.Web.Features.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.WallDisplay;

/// <summary>
/// The wall: batches in panels that rotate a screen at a time, alarms pinned above them. It refreshes
/// when reports arrive and ticks on its own, so ages grow and quiet batches turn stale with no report.
/// </summary>
public sealed partial class WallPage
{
    private static readonly TimeSpan s_tick = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, KeyAlarm> _keyAlarms = new(StringComparer.Ordinal);
    private WallSettings _settings = default!;
    private IReadOnlyList<WallBatch>? _batches;
    private IReadOnlyList<KeyCover>? _keys;
    private DateTime _loadedAt;
    private DateTime _shownSince;
    private ITimer? _ticker;

    [Inject]
    private WallQueries Queries { get; set; } = default!;

    [Inject]
    private IOptions<WallOptions> Options { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private IEnumerable<IKeyCoverSource> KeySources { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "batches")]
    public string? BatchList { get; set; }

    [SupplyParameterFromQuery(Name = "rotate")]
    public string? Rotate { get; set; }

    [SupplyParameterFromQuery(Name = "stale")]
    public string? Stale { get; set; }

    [SupplyParameterFromQuery(Name = "panels")]
    public string? Panels { get; set; }

    private DateTime Now => Time.GetUtcNow().UtcDateTime;

    private int ScreenCount => _batches is null ? 0 : (_batches.Count + _settings.Panels - 1) / _settings.Panels;

    private int ScreenIndex => ScreenCount <= 1
        ? 0
        : (int)((Now - _shownSince).TotalSeconds / _settings.RotateSeconds) % ScreenCount;

    private IEnumerable<WallBatch> CurrentScreen =>
        _batches!.Skip(ScreenIndex * _settings.Panels).Take(_settings.Panels);

    private IReadOnlyList<WallAlarm> Alarms => WallAlarms.From(_batches ?? [], _keys ?? [], _keyAlarms.Values);

    protected override async Task OnParametersSetAsync()
    {
        _settings = WallSettings.From(BatchList, Rotate, Stale, Panels, Options.Value);
        _shownSince = Now;

        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        if (firstRender)
        {
            _ticker = Time.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, s_tick, s_tick);
        }
    }

    protected override bool IsAffectedBy(ActivationChange change) =>
        change.KeyAlarms.Count > 0 || _settings.Batches.Count == 0 || _settings.Batches.Any(change.TouchesBatch);

    protected override async Task RefreshAsync(ActivationChange change)
    {
        foreach (var alarm in change.KeyAlarms)
        {
            _keyAlarms[alarm.PartialProductKey] = alarm;
        }

        await LoadAsync();
    }

    protected override void Dispose(bool disposing) => _ticker?.Dispose();

    private async Task LoadAsync()
    {
        _batches = await Queries.LoadAsync(_settings.Batches, CancellationToken.None);
        _keys = await LoadKeysAsync();
        _loadedAt = Now;
    }

    private async Task<IReadOnlyList<KeyCover>?> LoadKeysAsync()
    {
        List<KeyCover>? keys = null;
        foreach (var source in KeySources)
        {
            (keys ??= []).AddRange(await source.GetAsync(CancellationToken.None));
        }

        return keys;
    }
}
