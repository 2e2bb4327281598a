using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.QualityChecks;

public sealed partial class SpotCheckForm
{
    private HashSet<string> _ticks = [];
    private string? _note;
    private string? _capture;
    private string? _photo;
    private string? _error;
    private bool _busy;

    [Inject]
    private IOptions<QualityChecksOptions> Options { get; set; } = default!;

    [Inject]
    private SpotCheckRecorder Recorder { get; set; } = default!;

    [Inject]
    private SpotCheckPhotos Photos { get; set; } = default!;

    [Parameter, EditorRequired]
    public SpotCheckView Check { get; set; } = default!;

    [Parameter, EditorRequired]
    public SpotCheckItemView Item { get; set; } = default!;

    [Parameter]
    public SampledDevice? Device { get; set; }

    [Parameter]
    public string? Checker { get; set; }

    [Parameter]
    public EventCallback<SpotCheckView> Recorded { get; set; }

    protected override void OnInitialized()
    {
        _ticks = [.. Item.Ticks];
        _note = Item.Note;
        _photo = Item.Photo;
    }

    private void Tick(string id, bool on)
    {
        if (on)
        {
            _ticks.Add(id);
        }
        else
        {
            _ticks.Remove(id);
        }
    }

    private async Task OnPhotoAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        if (file.Size > Photos.MaxBytes)
        {
            _error = $"The photo is {file.Size / 1024:N0} KB; at most {Photos.MaxBytes / 1024:N0} KB is taken.";
            return;
        }

        await using var stream = file.OpenReadStream(Photos.MaxBytes);
        var (name, error) = await Photos.SaveAsync(Check.Id, file.ContentType, stream, CancellationToken.None);

        _photo = name ?? _photo;
        _error = error;
    }

    private async Task RecordAsync(string result)
    {
        _busy = true;
        var record = new SpotCheckRecord(result, [.. _ticks], _note, Checker, _capture, _photo);
        var outcome = await Recorder.RecordAsync(Check.Id, Item.Serial, record, CancellationToken.None);
        _busy = false;

        _error = outcome.Error is null ? null : $"{outcome.Field}: {outcome.Error}";
        if (outcome.Value is { } view)
        {
            await Recorded.InvokeAsync(view);
        }
    }
}
