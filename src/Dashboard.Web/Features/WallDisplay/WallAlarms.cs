using Dashboard.Web.Features.Live;

namespace Dashboard.Web.Features.WallDisplay;

/// <summary>Decides what the wall pins above its panels.</summary>
public static class WallAlarms
{
    public static IReadOnlyList<WallAlarm> From(
        IEnumerable<WallBatch> batches, IEnumerable<KeyCover> keys, IEnumerable<KeyAlarm> keyAlarms)
    {
        var alarms = new List<WallAlarm>();

        foreach (var batch in batches.Where(batch => batch.Exhausted > 0))
        {
            alarms.Add(new WallAlarm("EXHAUSTED", $"Allotment used up: {Devices(batch.Exhausted)} in batch "
                + $"{batch.Id} cannot activate. The key has no activations left."));
        }

        foreach (var key in keys.Where(key => key.Exhausted))
        {
            alarms.Add(new WallAlarm(
                "EXHAUSTED", $"Key {key.Label} (…{key.PartialProductKey}) has no activations left."));
        }

        foreach (var alarm in keyAlarms.Where(alarm => alarm.Severity == KeyAlarm.Critical))
        {
            alarms.Add(new WallAlarm("KEY ALARM", $"…{alarm.PartialProductKey}: {alarm.Message}"));
        }

        return alarms;
    }

    private static string Devices(int count) => count == 1 ? "1 device" : $"{count:N0} devices";
}
