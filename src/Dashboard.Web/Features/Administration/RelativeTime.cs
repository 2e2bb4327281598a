using System.Globalization;

namespace Dashboard.Web.Features.Administration;

/// <summary>How long ago something happened, in the words a person reads at a glance.</summary>
public static class RelativeTime
{
    public static string Ago(DateTime at, DateTime now)
    {
        var elapsed = now - at;

        return elapsed switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalHours: < 1 } => Count((int)elapsed.TotalMinutes, "minute"),
            { TotalDays: < 1 } => Count((int)elapsed.TotalHours, "hour"),
            { TotalDays: < 60 } => Count((int)elapsed.TotalDays, "day"),
            _ => Count((int)(elapsed.TotalDays / 30.44), "month"),
        };
    }

    private static string Count(int value, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{value} {unit}{(value == 1 ? "" : "s")} ago");
}
